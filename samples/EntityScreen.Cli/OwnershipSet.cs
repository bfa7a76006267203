using System.Globalization;

namespace EntityScreen.Cli;

/// <summary>The ownership options of a command, as given: files, the day, the BIS suspension's end, the rules switched off.</summary>
/// <param name="Files">The <c>--ownership</c> files, in the order given.</param>
/// <param name="Options">The rules' options built from <c>--ownership-as-of</c>, <c>--bis-suspended-until</c> and <c>--no-ownership-rule</c>.</param>
internal sealed record OwnershipSettings(string[] Files, OwnershipOptions Options);

/// <summary>The screener a command screens with, and the affiliates built into it (null without <c>--ownership</c>).</summary>
internal sealed record BuiltScreener(Screener Screener, AffiliateList? Affiliates);

/// <summary>Loads ownership files, reads the ownership options, and reports what the load and the rules did on stderr.</summary>
internal static class OwnershipSet
{
    /// <summary>Rejections and warnings printed per file on stderr; the rest are counted.</summary>
    public const int IssuesShown = 5;

    /// <summary>Unresolved (ambiguous or not found) owners printed on stderr; the rest are counted.</summary>
    public const int UnresolvedShown = 10;

    /// <summary>The values of <c>--no-ownership-rule</c>, and the rule each switches off.</summary>
    private static readonly (string Name, OwnershipRule Rule)[] s_ruleNames =
    [
        ("ofac", OwnershipRule.Ofac50Percent),
        ("ssi", OwnershipRule.OfacSsiDirectives),
        ("bis", OwnershipRule.BisAffiliates),
    ];

    /// <summary>
    /// The ownership settings, or null when no <c>--ownership</c> file is given. An ownership option without a file is
    /// a usage error (it would do nothing).
    /// </summary>
    /// <exception cref="CliException">A value cannot be read, or an option needs <c>--ownership</c>.</exception>
    public static OwnershipSettings? Read(string[]? files, string? asOf, string? bisSuspendedUntil, string[]? noRules)
    {
        var options = new OwnershipOptions
        {
            AsOf = asOf is null ? DateOnly.FromDateTime(DateTime.UtcNow) : ParseDate(asOf, "--ownership-as-of"),
        };
        if (bisSuspendedUntil is not null)
        {
            var until = ParseDate(bisSuspendedUntil, "--bis-suspended-until");
            var from = options.BisAffiliates.SuspendedFrom ?? OwnershipDefaults.BisSuspendedFrom;
            if (until < from)
            {
                throw new CliException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"--bis-suspended-until must be on or after the suspension's first day ({from:yyyy-MM-dd}), got {bisSuspendedUntil}."));
            }

            options.BisAffiliates.SuspendedFrom = from;
            options.BisAffiliates.SuspendedUntil = until;
        }

        foreach (var value in noRules ?? [])
        {
            var match = s_ruleNames.FirstOrDefault(r => string.Equals(r.Name, value.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                throw new CliException($"--no-ownership-rule must be ofac, ssi or bis, got '{value}'.");
            }

            options.Schedule(match.Rule).Enabled = false;
        }

        if (files is null || files.Length == 0)
        {
            var given = asOf is not null ? "--ownership-as-of"
                : bisSuspendedUntil is not null ? "--bis-suspended-until"
                : noRules is { Length: > 0 } ? "--no-ownership-rule"
                : null;
            return given is null ? null : throw new CliException($"{given} needs --ownership FILE.");
        }

        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new CliException($"{file}: no such ownership file.");
            }
        }

        return new OwnershipSettings(files, options);
    }

    /// <summary>
    /// Builds the screener: without ownership files, the lists as given; with them, a first screener over the lists
    /// resolves owner names, the rules are applied on the day given, and the final screener screens the lists and the
    /// affiliates together.
    /// </summary>
    public static BuiltScreener Build(
        IReadOnlyList<ListSnapshot> snapshots, IReadOnlyList<AliasOverlay> overlays, ScreeningOptions options, OwnershipSettings? ownership)
    {
        if (ownership is null)
        {
            return new BuiltScreener(Screener.Create(snapshots, overlays, options), null);
        }

        // One call: the overlays are applied to the lists once, owners are resolved against the overlaid lists, and the
        // affiliates are added after (an overlay row never sees an affiliate's copy of a listed party).
        var screener = Screener.Create(snapshots, overlays, ownership.Files.Select(OwnershipFile.Load).ToList(), options, ownership.Options);
        return new BuiltScreener(screener, screener.Affiliates);
    }

    /// <summary>
    /// Loads the ownership files, resolves their owners against the lists (a screener over the lists, with the overlays,
    /// resolves names no listed name equals), and applies the rules on the day given.
    /// </summary>
    public static AffiliateList BuildAffiliates(
        IReadOnlyList<ListSnapshot> snapshots, IReadOnlyList<AliasOverlay> overlays, ScreeningOptions options, OwnershipSettings ownership)
    {
        var files = ownership.Files.Select(OwnershipFile.Load).ToList();
        var baseScreener = Screener.Create(snapshots, overlays, options);
        var graph = OwnershipGraph.Build(files, baseScreener.Lists, baseScreener);
        return AffiliateList.Create(graph, ownership.Options);
    }

    /// <summary>
    /// Reports the ownership load on stderr. Always: each file's rejections and warnings (the first few, then a count),
    /// the graph's warnings and the owners that could not be resolved (ambiguous, or an <c>owner_id</c> that names
    /// nothing). With <paramref name="verbose"/> (<c>batch</c>): also one line per file, the graph's size and each
    /// rule's state with its covered and red-flag counts. A clean <c>screen</c> stays quiet.
    /// </summary>
    public static void Log(AffiliateList affiliates, TextWriter log, bool verbose)
    {
        var graph = affiliates.Graph;
        foreach (var source in graph.Sources)
        {
            var file = source.File;
            if (verbose || file.RowsRejected > 0 || source.Warnings.Count > 0)
            {
                Write(log, string.Create(
                    CultureInfo.InvariantCulture,
                    $"ownership {file.File}: {file.RowsRead} rows read, {file.RowsLoaded} loaded, {file.RowsRejected} rejected, {source.Warnings.Count} warnings, sha256 {ListSet.Short(file.Sha256)}"));
            }

            WriteSome(log, file.Rejections.Select(r => r.ToString()), file.Rejections.Count, "  rejected ", "  ... and {0} more rejected rows");
            WriteSome(log, source.Warnings, source.Warnings.Count, "  warning: ", "  ... and {0} more warnings");
        }

        if (verbose)
        {
            Write(log, string.Create(
                CultureInfo.InvariantCulture,
                $"ownership graph: {graph.NodeCount} parties and entities, {graph.EdgeCount} holdings, {graph.UnlistedOwners.Count} unlisted owners, {graph.Warnings.Count} warnings"));
        }

        WriteSome(log, graph.Warnings, graph.Warnings.Count, "warning: ownership: ", "warning: ownership: ... and {0} more ownership warnings");
        var unresolved = Unresolved(graph);
        WriteSome(log, unresolved.Select(Describe), unresolved.Count, "warning: ownership: ", "warning: ownership: ... and {0} more unresolved owners", UnresolvedShown);
        if (verbose)
        {
            foreach (var rule in affiliates.Context.Rules)
            {
                Write(log, "ownership rule " + rule);
            }
        }
    }

    /// <summary>The owners that resolved to nothing for certain: ambiguous, or an <c>owner_id</c> that names nothing.</summary>
    public static List<OwnerResolution> Unresolved(OwnershipGraph graph) =>
        [.. graph.Resolutions.Where(r => r.Method is OwnerResolutionMethod.Ambiguous or OwnerResolutionMethod.NotFound)];

    /// <summary>One line on an unresolved owner: who, where, why, and what it counts as.</summary>
    public static string Describe(OwnerResolution r)
    {
        var owner = r.OwnerId is null ? $"'{r.Owner}'" : $"'{r.Owner}' (owner_id {r.OwnerId})";
        var why = r.Method == OwnerResolutionMethod.Ambiguous
            ? "ambiguous: " + string.Join("; ", r.Candidates)
            : r.Note ?? "not found";
        return string.Create(CultureInfo.InvariantCulture, $"owner {owner} at {r.File}:{r.Line}: {why}; counted as an unlisted owner");
    }

    /// <summary>The name of a rule in JSON: <c>ofac-50-percent</c>, <c>ofac-ssi-directives</c>, <c>bis-affiliates</c>.</summary>
    public static string RuleId(OwnershipRule rule) => rule switch
    {
        OwnershipRule.Ofac50Percent => "ofac-50-percent",
        OwnershipRule.OfacSsiDirectives => "ofac-ssi-directives",
        OwnershipRule.BisAffiliates => "bis-affiliates",
        _ => rule.ToString().ToLowerInvariant(),
    };

    /// <summary>The name of a red-flag reason in JSON: <c>significant-minority</c>, <c>undetermined</c>, <c>owned-through-uncovered-intermediary</c>, <c>control</c>, <c>us-located</c>, <c>ambiguous-owner</c>.</summary>
    public static string ReasonId(RedFlagReason reason) => reason switch
    {
        RedFlagReason.SignificantMinority => "significant-minority",
        RedFlagReason.Undetermined => "undetermined",
        RedFlagReason.OwnedThroughUncoveredIntermediary => "owned-through-uncovered-intermediary",
        RedFlagReason.Control => "control",
        RedFlagReason.UsLocated => "us-located",
        RedFlagReason.AmbiguousOwner => "ambiguous-owner",
        _ => reason.ToString().ToLowerInvariant(),
    };

    /// <summary>The name of an owner resolution method in JSON: <c>listed-id</c>, <c>file-entity</c>, <c>normalized-name</c>, <c>screening</c>, <c>ambiguous</c>, <c>not-found</c>.</summary>
    public static string MethodId(OwnerResolutionMethod method) => method switch
    {
        OwnerResolutionMethod.ListedId => "listed-id",
        OwnerResolutionMethod.FileEntity => "file-entity",
        OwnerResolutionMethod.NormalizedName => "normalized-name",
        OwnerResolutionMethod.Screening => "screening",
        OwnerResolutionMethod.Ambiguous => "ambiguous",
        OwnerResolutionMethod.NotFound => "not-found",
        _ => method.ToString().ToLowerInvariant(),
    };

    private static DateOnly ParseDate(string text, string option) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException($"{option} must be a date YYYY-MM-DD, got '{text}'.");

    /// <summary>The first <paramref name="shown"/> lines with a prefix, then <paramref name="more"/> (<c>{0}</c>: how many were left out).</summary>
    private static void WriteSome(TextWriter log, IEnumerable<string> lines, int count, string prefix, string more, int shown = IssuesShown)
    {
        foreach (var line in lines.Take(shown))
        {
            Write(log, prefix + line);
        }

        if (count > shown)
        {
            Write(log, string.Format(CultureInfo.InvariantCulture, more, count - shown));
        }
    }

    private static void Write(TextWriter log, string line) => log.WriteLine(TerminalText.Escape(line));
}
