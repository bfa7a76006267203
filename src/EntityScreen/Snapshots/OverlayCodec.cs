namespace EntityScreen.Snapshots;

/// <summary>
/// The alias overlays of a screener in a snapshot: each overlay's rows (so a reload applies them again) and each
/// report (what it added), field by field.
/// </summary>
internal static class OverlayCodec
{
    public static void Write(SnapshotWriter writer, IReadOnlyList<AliasOverlay> sources, IReadOnlyList<AliasOverlayReport> reports)
    {
        writer.WriteInt32(sources.Count);
        foreach (var overlay in sources)
        {
            WriteIdentity(writer, overlay.Identity);
            writer.WriteInt32(overlay.Rows.Count);
            foreach (var row in overlay.Rows)
            {
                writer.WriteInt64(row.Line);
                writer.WriteString(row.ListCode);
                writer.WriteString(row.EntityId);
                writer.WriteString(row.ListedName);
                writer.WriteString(row.Name);
                writer.WriteInt32((int)row.Kind);
                writer.WriteString(row.Citation);
            }

            WriteIssues(writer, overlay.Rejections);
        }

        writer.WriteInt32(reports.Count);
        foreach (var report in reports)
        {
            WriteIdentity(writer, report.Identity);
            writer.WriteInt32(report.RowsApplied);
            writer.WriteInt32(report.RowsUnmatched);
            writer.WriteInt32(report.RowsRejected);
            writer.WriteInt32(report.NamesAdded);
            writer.WriteInt32(report.PartiesAffected);
            WriteIssues(writer, report.Issues);
        }
    }

    public static (AliasOverlay[] Sources, AliasOverlayReport[] Reports) Read(SnapshotReader reader)
    {
        var sources = new AliasOverlay[reader.ReadCount(8)];
        for (var i = 0; i < sources.Length; i++)
        {
            var identity = ReadIdentity(reader);
            var rows = new AliasOverlayRow[reader.ReadCount(8)];
            for (var r = 0; r < rows.Length; r++)
            {
                rows[r] = new AliasOverlayRow(
                    reader.ReadInt64(),
                    reader.ReadString(),
                    reader.ReadString(),
                    reader.ReadString(),
                    reader.ReadRequiredString(),
                    ReadEnum<NameKind>(reader),
                    reader.ReadRequiredString());
            }

            sources[i] = AliasOverlay.FromParts(identity, rows, ReadIssues(reader));
        }

        var reports = new AliasOverlayReport[reader.ReadCount(8)];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = new AliasOverlayReport
            {
                Identity = ReadIdentity(reader),
                RowsApplied = reader.ReadInt32(),
                RowsUnmatched = reader.ReadInt32(),
                RowsRejected = reader.ReadInt32(),
                NamesAdded = reader.ReadInt32(),
                PartiesAffected = reader.ReadInt32(),
                Issues = ReadIssues(reader),
            };
        }

        return (sources, reports);
    }

    private static void WriteIdentity(SnapshotWriter writer, AliasOverlayIdentity identity)
    {
        writer.WriteString(identity.Source);
        writer.WriteString(identity.Sha256);
        writer.WriteInt32(identity.Rows);
    }

    private static AliasOverlayIdentity ReadIdentity(SnapshotReader reader) =>
        new(reader.ReadRequiredString(), reader.ReadRequiredString(), reader.ReadInt32());

    private static void WriteIssues(SnapshotWriter writer, IReadOnlyList<OverlayRowIssue> issues)
    {
        writer.WriteInt32(issues.Count);
        foreach (var issue in issues)
        {
            writer.WriteString(issue.File);
            writer.WriteInt64(issue.Line);
            writer.WriteString(issue.Column);
            writer.WriteInt32((int)issue.Outcome);
            writer.WriteString(issue.Reason);
        }
    }

    private static OverlayRowIssue[] ReadIssues(SnapshotReader reader)
    {
        var issues = new OverlayRowIssue[reader.ReadCount(8)];
        for (var i = 0; i < issues.Length; i++)
        {
            issues[i] = new OverlayRowIssue(reader.ReadRequiredString(), reader.ReadInt64(), reader.ReadString(), ReadEnum<OverlayRowOutcome>(reader), reader.ReadRequiredString());
        }

        return issues;
    }

    private static T ReadEnum<T>(SnapshotReader reader)
        where T : struct, Enum
    {
        var value = reader.ReadInt32();
        var typed = (T)(object)value;
        SnapshotCheck.That(Enum.IsDefined(typed), typeof(T).Name);
        return typed;
    }
}
