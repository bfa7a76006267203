using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EntityScreen.Tests.Loading;
using static EntityScreen.Tests.Ownership.OwnershipFixture;

namespace EntityScreen.Tests.Ownership;

/// <summary>Tests that measure the process's memory: run alone, after the parallel tests, so no other test allocates meanwhile.</summary>
[CollectionDefinition(nameof(MemoryMeasuringTests), DisableParallelization = true)]
public sealed class MemoryMeasuringTests;

/// <summary>The ownership CSV loader's memory on a million bad rows (see <see cref="MemoryMeasuringTests"/>).</summary>
[Collection(nameof(MemoryMeasuringTests))]
public class OwnershipLoaderMemoryTests
{
    [Fact]
    public void Load_TenMillionBadRows_RejectionsCappedPerKindCountsExact_HeapBoundedWhileStreaming()
    {
        // 10,000,000 rows (a 209 MB file) rejected of two kinds (a bad share, each reason text different; an empty owner)
        // and 100 good ones: rows read = loaded + rejected exactly, the first 1,000 of each kind kept in full, the rest
        // counted per kind. Memory is bounded while the file streams, not only after: a sampler reads the managed heap
        // (garbage included) every few milliseconds during the load, and its peak stays under 64 MiB whatever the
        // file's size.
        // Before the cap every rejection was kept (about 150 bytes each with its reason text, ~1.5 GB here).
        // ENTITYSCREEN_OWNERSHIP_BAD_ROWS sets another row count.
        var rows = int.TryParse(Environment.GetEnvironmentVariable("ENTITYSCREEN_OWNERSHIP_BAD_ROWS"), CultureInfo.InvariantCulture, out var n) ? n : 10_000_000;
        using var temp = new TempFiles();
        var path = Path.Combine(temp.Folder, "bad.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("owner,owned,share\n");
            for (var i = 0; i < rows; i++)
            {
                writer.Write(i % 100_000 == 0 ? "A Corp,Good Sub " : i % 2 == 0 ? "A Corp,B Corp,x" : ",B Corp ");
                writer.Write(i);
                writer.Write(i % 2 == 0 && i % 100_000 != 0 ? "\n" : ",50\n");
            }
        }

        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(2))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        });
        sampler.Start();
        var watch = Stopwatch.StartNew();
        var file = OwnershipFile.LoadCsv(path);
        var elapsed = watch.Elapsed;
        done.Set();
        sampler.Join();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        var after = GC.GetTotalMemory(forceFullCollection: true);

        var report = file.Report.File;
        var good = (rows + 99_999) / 100_000;
        var badShares = ((rows + 1) / 2) - good;
        var emptyOwners = rows / 2;
        Assert.Equal(rows, report.RowsRead);
        Assert.Equal(good, report.RowsLoaded);
        Assert.Equal(rows - good, report.RowsRejected);
        Assert.Equal(report.RowsRead, report.RowsLoaded + report.RowsRejected);
        Assert.Equal(2_000, report.Rejections.Count);
        Assert.Equal(1_000, report.Rejections.Count(r => r.Column == "share"));
        Assert.Equal(badShares - 1_000, report.RejectionsOmitted["share not read"]);
        Assert.Equal(emptyOwners - 1_000, report.RejectionsOmitted["empty owner"]);
        Assert.Equal(3, report.Rejections[0].Line);
        var retained = after - before;
        Assert.True(retained < 16L << 20, $"{retained} bytes retained after loading {rows} bad rows");
        var fileBytes = new FileInfo(path).Length;
        var peakGrowth = peak - before;
        Assert.True(peakGrowth < 64L << 20, $"managed heap grew by up to {peakGrowth} bytes while streaming a {fileBytes}-byte file");
        Console.WriteLine($"{rows} mostly bad ownership rows ({fileBytes / (1 << 20)} MiB): load {elapsed.TotalSeconds:F2} s, heap peak +{peakGrowth / 1024} KiB, {retained / 1024} KiB retained");
        GC.KeepAlive(file);
    }
}
