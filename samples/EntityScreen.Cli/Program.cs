namespace EntityScreen.Cli;

/// <summary>Entry point of the <c>entityscreen</c> command.</summary>
public static class Program
{
    /// <summary>Runs the CLI on the process's console.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>0 no match, 1 match, 2 usage or input error.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        ArgumentNullException.ThrowIfNull(args);
        return new CliApp(Console.Out, Console.Error, SnapshotCache.DefaultDirectory()).Run(args);
    }

    /// <summary>
    /// Runs the CLI in-process, writing to the given writers (used by the tests). Unlike <see cref="Main"/>, it caches
    /// no snapshot unless a command is given <c>--cache-dir</c>.
    /// </summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <returns>0 no match, 1 match, 2 usage or input error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return new CliApp(stdout, stderr, defaultCacheDirectory: null).Run(args);
    }
}
