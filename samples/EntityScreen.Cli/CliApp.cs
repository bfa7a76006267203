using System.CommandLine;
using System.Globalization;

namespace EntityScreen.Cli;

/// <summary>
/// The command tree and its actions, bound to one pair of output writers; <paramref name="defaultCacheDirectory"/> is
/// where snapshots are cached when no <c>--cache-dir</c> is given (null: not cached by default).
/// </summary>
internal sealed class CliApp(TextWriter stdout, TextWriter stderr, string? defaultCacheDirectory)
{
    private static readonly string[] s_listFormats = ["auto", "csl", "ofac", "china"];

    public int Run(string[] args)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {TerminalText.Escape(error.Message)}");
            }

            stderr.WriteLine("Run 'entityscreen --help' for usage.");
            return ExitCodes.Error;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException ex)
        {
            stderr.WriteLine($"error: {TerminalText.Escape(ex.Message)}");
        }
        catch (ListFormatException ex)
        {
            stderr.WriteLine($"error: {TerminalText.Escape(ex.Message)}");
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: {TerminalText.Escape(ex.Message)}");
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"error: {TerminalText.Escape(ex.Message)}");
        }

        return ExitCodes.Error;
    }

    private RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "entityscreen: screen company and person names against sanctions and export-control lists "
            + "(US CSL, OFAC SDN, China MOFCOM lists). Exit codes: 0 no match, 1 match, 2 usage or input error.");
        root.Add(BuildScreen());
        root.Add(BuildBatch());
        root.Add(BuildCompare());
        root.Add(BuildLists());
        root.Add(BuildOwnership());
        return root;
    }

    // ---- shared options -------------------------------------------------------------------------------------------

    private static Option<string[]> ListOption() => new("--list", "-l")
    {
        Description = "A list file, or a folder of OFAC files (repeatable). Default: the files in lists/.",
        Arity = ArgumentArity.OneOrMore,
        HelpName = "path",
    };

    private static OverlayOptions OverlayOptionsFor() => new(
        new Option<string[]>("--overlay")
        {
            Description = "An alias-overlay CSV adding names to listed parties (repeatable; see docs/cli.md). Applied after the default overlay.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "file",
        },
        new Option<bool>("--no-default-overlay")
        {
            Description = "Do not apply the curated default overlay (Chinese names of Entity List and MEU parties).",
        });

    private static Option<string> ListFormatOption() => new Option<string>("--list-format")
    {
        Description = "Format of the --list files: auto (detect), csl, ofac or china.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong(s_listFormats);

    private static Option<double> ThresholdOption() => new("--threshold", "-t")
    {
        Description = "Minimum score for a match, in [0, 1].",
        DefaultValueFactory = _ => ScreeningDefaults.Threshold,
        HelpName = "score",
    };

    private static Option<int> TopOption() => new("--top", "-n")
    {
        Description = "Maximum matches per name.",
        DefaultValueFactory = _ => ScreeningDefaults.MaxResults,
        HelpName = "count",
    };

    private static Option<string> FormatOption() => new Option<string>("--format", "-f")
    {
        Description = "Output format: table or json.",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json");

    private static Option<int> ThreadsOption() => new("--threads")
    {
        Description = "Threads to use.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "count",
    };

    private static Option<string> InputOption(string description) => new("--input", "-i")
    {
        Description = description,
        Required = true,
        HelpName = "file.csv",
    };

    private static Option<string> OutputOption(string description) => new("--output", "-o")
    {
        Description = description,
        DefaultValueFactory = _ => "-",
        HelpName = "file",
    };

    private static Option<bool> CsvRawOption() => new("--csv-raw")
    {
        Description = "With CSV output: write cells as they are. By default a cell starting with = + - @, a tab or a carriage "
            + "return gets a ' in front so that a spreadsheet shows it as text instead of running it as a formula (CSV injection). "
            + "For programs that read the CSV.",
    };

    private static OwnershipCliOptions OwnershipOptionsFor() => new(
        new Option<string[]>("--ownership")
        {
            Description = "An ownership CSV (owner,owned,share; see docs/ownership.md) whose affiliates of listed parties are screened too "
                + "(repeatable). A match on an entity a rule covers (OFAC 50 Percent Rule, SSI directives, BIS Affiliates Rule) is a match "
                + "marked as an affiliate; an entity the rules only flag is reported as a red flag, never a match.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "file",
        },
        new Option<string?>("--ownership-as-of")
        {
            Description = "The day the ownership rules are applied on (BIS Affiliates Rule suspended 2025-11-10 to 2026-11-09). Default: today (UTC).",
            HelpName = "YYYY-MM-DD",
        },
        new Option<string?>("--bis-suspended-until")
        {
            Description = "The last day of the BIS Affiliates Rule's suspension, when BIS extends or ends it early (its first day stays 2025-11-10).",
            HelpName = "YYYY-MM-DD",
        },
        new Option<string[]>("--no-ownership-rule")
        {
            Description = "Switch an ownership rule off: ofac (OFAC 50 Percent Rule), ssi (SSI directives) or bis (BIS Affiliates Rule); repeatable.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "ofac|ssi|bis",
        });

    private sealed record OverlayOptions(Option<string[]> Overlay, Option<bool> NoDefault);

    /// <summary>The snapshot options of the commands that build a screener (see docs/cli.md, "Snapshots").</summary>
    private sealed record CacheOptions(Option<bool> NoCache, Option<string?> CacheDir, Option<string?> Snapshot)
    {
        public IEnumerable<Option> All => [NoCache, CacheDir, Snapshot];
    }

    private static CacheOptions CacheOptionsFor() => new(
        new Option<bool>("--no-cache")
        {
            Description = "Build from the lists and neither read nor write a cached snapshot.",
        },
        new Option<string?>("--cache-dir")
        {
            Description = "Where built screeners are cached as snapshots (default: $ENTITYSCREEN_CACHE_DIR, else $XDG_CACHE_HOME/entityscreen, else ~/.cache/entityscreen).",
            HelpName = "dir",
        },
        new Option<string?>("--snapshot")
        {
            Description = "Screen against a snapshot written by 'lists compile' instead of list files (it holds its lists, overlays and options).",
            HelpName = "file",
        });

    /// <summary>How a command gets its screener: from a given snapshot, a cached one, or the lists.</summary>
    private sealed record CacheSettings(bool NoCache, string? Directory, string? Snapshot)
    {
        public static readonly CacheSettings None = new(true, null, null);
    }

    private CacheSettings ReadCacheSettings(ParseResult parse, CacheOptions options) =>
        new(parse.GetValue(options.NoCache), parse.GetValue(options.CacheDir) ?? defaultCacheDirectory, parse.GetValue(options.Snapshot));

    private sealed record OwnershipCliOptions(Option<string[]> Files, Option<string?> AsOf, Option<string?> BisSuspendedUntil, Option<string[]> NoRule)
    {
        public Option[] All => [Files, AsOf, BisSuspendedUntil, NoRule];

        public OwnershipSettings? Read(ParseResult parse) =>
            OwnershipSet.Read(parse.GetValue(Files), parse.GetValue(AsOf), parse.GetValue(BisSuspendedUntil), parse.GetValue(NoRule));
    }

    private sealed record ListSettings(string[]? Paths, string Format, double? Threshold, int? Top, string[]? Overlays, bool NoDefaultOverlay)
    {
        public CacheSettings Cache { get; init; } = CacheSettings.None;
    }

    private static ListSettings ReadListSettings(
        ParseResult parse, Option<string[]> list, Option<string> listFormat, Option<double>? threshold, Option<int>? top, OverlayOptions overlays)
    {
        double? t = threshold is null ? null : parse.GetValue(threshold);
        if (t is { } tv && !(tv >= 0 && tv <= 1))
        {
            throw new CliException($"--threshold must be between 0 and 1, got {tv.ToString(CultureInfo.InvariantCulture)}.");
        }

        int? n = top is null ? null : parse.GetValue(top);
        if (n is < 1 or > 10_000)
        {
            throw new CliException($"--top must be between 1 and 10000, got {n}.");
        }

        return new ListSettings(parse.GetValue(list), parse.GetValue(listFormat) ?? "auto", t, n, parse.GetValue(overlays.Overlay), parse.GetValue(overlays.NoDefault));
    }

    private static void AddAll(Command command, IEnumerable<Option> options)
    {
        foreach (var option in options)
        {
            command.Add(option);
        }
    }

    private static int ReadThreads(ParseResult parse, Option<int> threads)
    {
        var value = parse.GetValue(threads);
        return value is >= 1 and <= 1024
            ? value
            : throw new CliException($"--threads must be between 1 and 1024, got {value}.");
    }

    private Screener BuildScreener(ListSettings settings, bool verbose) => BuildScreener(settings, ownership: null, verbose).Screener;

    /// <summary>
    /// The screener of the lists, and with ownership files, of their affiliates too (see <see cref="OwnershipSet.Build"/>).
    /// The ownership load's rejections and warnings go to stderr; with <paramref name="verbose"/>, its summary too.
    /// </summary>
    private BuiltScreener BuildScreener(ListSettings settings, OwnershipSettings? ownership, bool verbose)
    {
        var cache = settings.Cache;
        if (cache.Snapshot is { } snapshotPath)
        {
            return new BuiltScreener(LoadSnapshot(snapshotPath, settings, ownership, verbose), null);
        }

        var options = Options(settings);

        // A screener with ownership depends on the day its rules are applied: never cached.
        SnapshotCache? store = null;
        var key = (Key: string.Empty, Hashes: (IReadOnlyDictionary<string, string>)new Dictionary<string, string>());
        if (ownership is null && !cache.NoCache && cache.Directory is { } directory)
        {
            store = new SnapshotCache(directory);
            var paths = ListSet.ResolvePaths(settings.Paths);
            key = SnapshotCache.Key(paths, settings.Format, settings.Overlays ?? [], settings.NoDefaultOverlay, options);
            if (store.TryLoad(key.Key, paths, key.Hashes, stderr) is { } cached)
            {
                if (verbose)
                {
                    stderr.WriteLine(TerminalText.Escape(string.Create(CultureInfo.InvariantCulture, $"screener read from the cached snapshot {store.PathOf(key.Key)} ({cached.PartyCount} parties, {cached.NameCount} names)")));
                    ListSet.LogOverlays(cached.Overlays, stderr);
                }

                return new BuiltScreener(cached.WithOptions(options), null);
            }
        }

        var built = BuildFromLists(settings, ownership, options, verbose);
        store?.Store(key.Key, built.Screener, stderr);
        return built;
    }

    /// <summary>The options the list settings give (threshold, top).</summary>
    private static ScreeningOptions Options(ListSettings settings)
    {
        var options = new ScreeningOptions();
        if (settings.Threshold is { } t)
        {
            options.Threshold = t;
            if (options.StrongThreshold < t)
            {
                options.StrongThreshold = t;
            }
        }

        if (settings.Top is { } top)
        {
            options.MaxResults = top;
        }

        return options;
    }

    /// <summary>A screener read from a snapshot written by <c>lists compile</c>; list and overlay options cannot go with it.</summary>
    private Screener LoadSnapshot(string path, ListSettings settings, OwnershipSettings? ownership, bool verbose)
    {
        if (settings.Paths is { Length: > 0 } || settings.Overlays is { Length: > 0 } || settings.NoDefaultOverlay || ownership is not null)
        {
            throw new CliException("--snapshot holds its lists, overlays and options: it cannot go with --list, --overlay, --no-default-overlay or --ownership.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such snapshot file.");
        }

        Screener screener;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            screener = Screener.Load(stream);
        }
        catch (SnapshotException e)
        {
            throw new CliException($"{path}: the snapshot cannot be used: {e.Message}.");
        }

        // The threshold and top given here apply: they do not shape the index.
        screener = screener.WithOptions(Options(settings));
        if (verbose)
        {
            stderr.WriteLine(TerminalText.Escape(string.Create(CultureInfo.InvariantCulture, $"screener read from {path} ({screener.PartyCount} parties, {screener.NameCount} names)")));
        }

        return screener;
    }

    private BuiltScreener BuildFromLists(ListSettings settings, OwnershipSettings? ownership, ScreeningOptions options, bool verbose)
    {
        var snapshots = ListSet.Load(settings.Paths, settings.Format, verbose ? stderr : null);
        var overlays = ListSet.LoadOverlays(settings.Overlays, settings.NoDefaultOverlay);
        var built = OwnershipSet.Build(snapshots, overlays, options, ownership);
        if (verbose)
        {
            ListSet.LogOverlays(built.Screener.Overlays, stderr);
        }

        if (built.Affiliates is { } affiliates)
        {
            OwnershipSet.Log(affiliates, stderr, verbose);
        }

        return built;
    }

    // ---- screen ---------------------------------------------------------------------------------------------------

    private Command BuildScreen()
    {
        var name = new Argument<string?>("name")
        {
            Description = "The name to screen, in any script. May be left out when --id gives an identifier.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var list = ListOption();
        var listFormat = ListFormatOption();
        var threshold = ThresholdOption();
        var top = TopOption();
        var listCode = new Option<string[]>("--list-code")
        {
            Description = "Only parties on this list (code such as EL, SDN, UEL; repeatable).",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "code",
        };
        var country = new Option<string?>("--country") { Description = "Only parties connected to this ISO-2 country (parties with no country are kept)." };
        var type = new Option<string?>("--type")
        {
            Description = "Only parties of this type: organization, person, vessel or aircraft (parties of unknown type are kept).",
            HelpName = "organization|person|vessel|aircraft",
        };
        var dob = new Option<string[]>("--dob")
        {
            Description = "A date of birth of the counterparty (repeatable; a value may hold several separated by ';'): "
                + "YYYY, YYYY-MM, YYYY-MM-DD, DD Mon YYYY, circa YYYY or YYYY to YYYY. Evidence: one that agrees with a listed "
                + "person's lifts the match, one that disagrees with every listed one makes it a review.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "date",
        };
        var nationality = new Option<string[]>("--nationality")
        {
            Description = "A nationality of the counterparty: an ISO-2 code or a country name (repeatable). Evidence, unlike --country, which filters.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "country",
        };
        var id = new Option<string[]>("--id")
        {
            Description = "An identifier of the counterparty: TYPE NUMBER (IMO 9187629, passport K475336, XBT 1Aj...) or a bare number "
                + "(repeatable). One equal to a listed identifier is a match whatever the name; with --id the NAME may be left out.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "\"TYPE NUMBER\"",
        };
        var gender = new Option<string?>("--gender")
        {
            Description = "The counterparty's gender: male or female (evidence: one that differs lowers a score a little).",
            HelpName = "male|female",
        };
        var format = FormatOption();
        var overlays = OverlayOptionsFor();
        var ownership = OwnershipOptionsFor();
        var cache = CacheOptionsFor();

        var command = new Command(
            "screen",
            "Screen one name, with the facts known about the counterparty (date of birth, nationality, identifiers, gender), "
            + "or identifiers alone. Exit code 0 no match, 1 match, 2 error.")
        {
            name, list, listFormat, threshold, top, listCode, country, type, dob, nationality, id, gender, format, overlays.Overlay, overlays.NoDefault,
        };
        AddAll(command, ownership.All);
        AddAll(command, cache.All);
        command.SetAction(parse =>
        {
            var settings = ReadListSettings(parse, list, listFormat, threshold, top, overlays) with { Cache = ReadCacheSettings(parse, cache) };
            var ownershipSettings = ownership.Read(parse);
            var filters = new ScreeningQuery(parse.GetValue(name) is { } text && !string.IsNullOrWhiteSpace(text) ? text : string.Empty)
            {
                Country = QueryFields.ParseCountry(parse.GetValue(country), "--country"),
                Type = QueryFields.ParseType(parse.GetValue(type), "--type", vesselAircraft: true),
                ListCodes = parse.GetValue(listCode) is { Length: > 0 } codes ? codes : null,
            };

            // A value that cannot be read is a warning, never an error: the query is screened on what remains.
            var facts = QueryFacts.Read(
                parse.GetValue(dob) ?? [], parse.GetValue(nationality) ?? [], parse.GetValue(gender), parse.GetValue(id) ?? [],
                QueryFacts.ScreenOptions, warnEmpty: true);
            foreach (var warning in facts.Warnings)
            {
                stderr.WriteLine($"warning: {TerminalText.Escape(warning)}");
            }

            if (filters.Name.Length == 0 && facts.Identifiers.Count == 0)
            {
                throw new CliException(parse.GetValue(id) is { Length: > 0 }
                    ? "screen needs a NAME or a usable --id: no --id value could be read (see the warnings above)."
                    : "screen needs a NAME, or an identifier with --id \"TYPE NUMBER\".");
            }

            var query = facts.ApplyTo(filters);
            var screener = BuildScreener(settings, ownershipSettings, verbose: false).Screener;
            var result = screener.Screen(query);
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteResultDocument(stdout, result, query, facts.Warnings);
            }
            else
            {
                TableOut.WriteResult(stdout, result, query);
            }

            return result.IsMatch ? ExitCodes.Match : ExitCodes.NoMatch;
        });
        return command;
    }

    // ---- batch ----------------------------------------------------------------------------------------------------

    private Command BuildBatch()
    {
        var list = ListOption();
        var listFormat = ListFormatOption();
        var threshold = ThresholdOption();
        var top = TopOption();
        var threads = ThreadsOption();
        var input = InputOption("CSV of names with a header holding at least id,name (optional country, type, dob, nationality, ids, gender; a row may leave name empty when ids gives an identifier).");
        var output = OutputOption("Results: JSON Lines (default), or CSV when the name ends in .csv; - for stdout.");
        var csvRaw = CsvRawOption();
        var overlays = OverlayOptionsFor();
        var ownership = OwnershipOptionsFor();
        var cache = CacheOptionsFor();
        var command = new Command(
            "batch",
            "Screen every row of a CSV file; one result per row, in input order. Exit code 0 no match, 1 any match, 2 error.")
        {
            list, listFormat, threshold, top, threads, input, output, csvRaw, overlays.Overlay, overlays.NoDefault,
        };
        AddAll(command, ownership.All);
        AddAll(command, cache.All);
        command.SetAction(parse =>
        {
            var settings = ReadListSettings(parse, list, listFormat, threshold, top, overlays) with { Cache = ReadCacheSettings(parse, cache) };
            var ownershipSettings = ownership.Read(parse);
            var threadCount = ReadThreads(parse, threads);
            var inputPath = parse.GetValue(input)!;
            var outputPath = parse.GetValue(output) ?? "-";
            using var csv = CsvInput.Open(inputPath, ["id", "name"]);
            var screener = BuildScreener(settings, ownershipSettings, verbose: true).Screener;
            return BatchRunner.Run(screener, csv, outputPath, threadCount, parse.GetValue(csvRaw), stdout, stderr);
        });
        return command;
    }

    // ---- compare --------------------------------------------------------------------------------------------------

    private Command BuildCompare()
    {
        var name1 = new Argument<string?>("name1") { Description = "First name (the query).", Arity = ArgumentArity.ZeroOrOne };
        var name2 = new Argument<string?>("name2") { Description = "Second name (the listed name).", Arity = ArgumentArity.ZeroOrOne };
        var list = ListOption();
        list.Description = "Lists whose token weights to use (repeatable). Default: the files in lists/.";
        var listFormat = ListFormatOption();
        var threshold = ThresholdOption();
        var threads = ThreadsOption();
        var input = InputOption("CSV of pairs with a header holding name1,name2 (optional id, and type or kind per row); instead of NAME1 NAME2.");
        input.Required = false;
        var output = OutputOption("With --input: JSON Lines (default) or CSV when the name ends in .csv; - for stdout.");
        var format = FormatOption();
        var type = new Option<string?>("--type")
        {
            Description = "What both names name: person (a middle name only one side has costs a third of its weight, a patronymic or title a quarter) or organization. Default: plain names.",
        };
        var csvRaw = CsvRawOption();
        var overlays = OverlayOptionsFor();
        var cache = CacheOptionsFor();
        var command = new Command("compare", "Score two names against each other and explain the score, or every pair of a CSV file.")
        {
            name1, name2, list, listFormat, threshold, threads, input, output, format, type, csvRaw, overlays.Overlay, overlays.NoDefault,
        };
        AddAll(command, cache.All);
        command.SetAction(parse =>
        {
            var settings = ReadListSettings(parse, list, listFormat, threshold, top: null, overlays) with { Cache = ReadCacheSettings(parse, cache) };
            var inputPath = parse.GetValue(input);
            var a = parse.GetValue(name1);
            var b = parse.GetValue(name2);
            var pairType = QueryFields.ParseType(parse.GetValue(type), "--type") ?? PartyType.Unknown;
            if (inputPath is null)
            {
                if (a is null || b is null)
                {
                    throw new CliException("compare needs two names, or --input pairs.csv.");
                }

                var screener = BuildScreener(settings, verbose: false);
                var explanation = screener.Compare(a, b, pairType);
                if (parse.GetValue(format) == "json")
                {
                    JsonOut.WriteComparisonDocument(stdout, screener, a, b, explanation);
                }
                else
                {
                    TableOut.WriteComparison(stdout, screener, a, b, explanation);
                }

                return ExitCodes.NoMatch;
            }

            if (a is not null)
            {
                throw new CliException("give either two names or --input, not both.");
            }

            var threadCount = ReadThreads(parse, threads);
            using var csv = CsvInput.Open(inputPath, ["name1", "name2"]);
            var pairScreener = BuildScreener(settings, verbose: true);
            return CompareRunner.Run(pairScreener, csv, parse.GetValue(output) ?? "-", threadCount, pairType, parse.GetValue(csvRaw), stdout, stderr);
        });
        return command;
    }

    // ---- lists ----------------------------------------------------------------------------------------------------

    private Command BuildLists()
    {
        var list = ListOption();
        var listFormat = ListFormatOption();
        var format = FormatOption();
        var overlays = OverlayOptionsFor();
        var info = new Command(
            "info",
            "Load lists and print their load reports (rows read, loaded and rejected, parties by list, SHA-256, as-of), then each overlay's report (rows applied, unmatched, rejected).")
        {
            list, listFormat, format, overlays.Overlay, overlays.NoDefault,
        };
        info.SetAction(parse =>
        {
            var settings = ReadListSettings(parse, list, listFormat, threshold: null, top: null, overlays);
            var snapshots = ListSet.Load(settings.Paths, settings.Format, log: null);
            var reports = AliasOverlay.Apply(snapshots, ListSet.LoadOverlays(settings.Overlays, settings.NoDefaultOverlay)).Overlays;
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteListsInfoDocument(stdout, snapshots, reports);
            }
            else
            {
                TableOut.WriteListsInfo(stdout, snapshots, reports);
            }

            return ExitCodes.NoMatch;
        });
        var compileList = ListOption();
        var compileListFormat = ListFormatOption();
        var compileOverlays = OverlayOptionsFor();
        var compileOut = new Option<string>("--out", "-o")
        {
            Description = "The snapshot file to write.",
            Required = true,
            HelpName = "file",
        };
        var compile = new Command(
            "compile",
            "Build the screener of the lists (overlays applied) and write it to one snapshot file, for 'screen --snapshot FILE' and Screener.Load: no list is parsed and no name normalized when it is read.")
        {
            compileList, compileListFormat, compileOverlays.Overlay, compileOverlays.NoDefault, compileOut,
        };
        compile.SetAction(parse =>
        {
            var settings = ReadListSettings(parse, compileList, compileListFormat, threshold: null, top: null, compileOverlays);
            var screener = BuildFromLists(settings, ownership: null, Options(settings), verbose: true).Screener;
            var path = parse.GetValue(compileOut)!;
            SnapshotCache.Compile(screener, path);
            stderr.WriteLine(TerminalText.Escape(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {new FileInfo(path).Length} bytes, {screener.PartyCount} parties, {screener.NameCount} names, snapshot id {screener.Context.SnapshotId}")));
            return ExitCodes.NoMatch;
        });
        return new Command("lists", "Inspect list files, and compile them into a snapshot.") { info, compile };
    }

    // ---- ownership ------------------------------------------------------------------------------------------------

    private Command BuildOwnership()
    {
        var name = new Argument<string>("name") { Description = "The name to explain: an affiliate, or a listed party owning entities of the ownership files." };
        var list = ListOption();
        var listFormat = ListFormatOption();
        var threshold = ThresholdOption();
        var format = FormatOption();
        var overlays = OverlayOptionsFor();
        var ownership = OwnershipOptionsFor();
        ownership.Files.Required = true;
        var explain = new Command(
            "explain",
            "Screen NAME against the lists and their affiliates, and explain the best affiliate or listed owner found: for an affiliate, "
            + "each rule's paths up to its listed owners with shares, licence terms and red flags; for a listed owner, what each rule "
            + "covers or flags beneath it. Exit code as for screen: 0 no match (red flags alone included), 1 match, 2 error.")
        {
            name, list, listFormat, threshold, format, overlays.Overlay, overlays.NoDefault,
        };
        AddAll(explain, ownership.All);
        explain.SetAction(parse =>
        {
            var settings = ReadListSettings(parse, list, listFormat, threshold, top: null, overlays);
            var ownershipSettings = ownership.Read(parse)!;
            var text = parse.GetValue(name) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliException("ownership explain needs a NAME.");
            }

            var built = BuildScreener(settings, ownershipSettings, verbose: false);
            var explanation = OwnershipExplanation.Find(built.Screener, built.Affiliates!, new ScreeningQuery(text));
            if (parse.GetValue(format) == "json")
            {
                OwnershipOut.WriteExplainDocument(stdout, explanation);
            }
            else
            {
                OwnershipOut.WriteExplainTable(stdout, explanation);
            }

            return explanation.Result.IsMatch ? ExitCodes.Match : ExitCodes.NoMatch;
        });

        var infoList = ListOption();
        var infoListFormat = ListFormatOption();
        var infoFormat = FormatOption();
        var infoOverlays = OverlayOptionsFor();
        var infoOwnership = OwnershipOptionsFor();
        infoOwnership.Files.Required = true;
        var info = new Command(
            "info",
            "Load ownership files and report: rows read, loaded and rejected, warnings, how owners resolved to listed parties "
            + "(and which could not), the graph's warnings, and each rule's state with its covered and red-flag counts.")
        {
            infoList, infoListFormat, infoFormat, infoOverlays.Overlay, infoOverlays.NoDefault,
        };
        AddAll(info, infoOwnership.All);
        info.SetAction(parse =>
        {
            var settings = ReadListSettings(parse, infoList, infoListFormat, threshold: null, top: null, infoOverlays);
            var ownershipSettings = infoOwnership.Read(parse)!;
            var snapshots = ListSet.Load(settings.Paths, settings.Format, log: null);
            var affiliates = OwnershipSet.BuildAffiliates(
                snapshots, ListSet.LoadOverlays(settings.Overlays, settings.NoDefaultOverlay), new ScreeningOptions(), ownershipSettings);
            if (parse.GetValue(infoFormat) == "json")
            {
                OwnershipOut.WriteInfoDocument(stdout, affiliates);
            }
            else
            {
                OwnershipOut.WriteInfoTable(stdout, affiliates);
            }

            return ExitCodes.NoMatch;
        });
        return new Command("ownership", "Explain and inspect ownership files (affiliates of listed parties; see docs/ownership.md).") { explain, info };
    }
}
