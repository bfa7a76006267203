using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityScreen.Cli;

/// <summary>
/// JSON output: camelCase names, doubles rounded to 4 decimals, non-ASCII text left readable. Every result carries
/// its context (list identities, algorithm version, thresholds).
/// </summary>
internal static class JsonOut
{
    /// <summary>
    /// The JSON writers' settings, apart from <see cref="JsonOut"/>'s own static state: the table output calls the
    /// formatting helpers here (<see cref="Text(double)"/>, <see cref="BandName"/>...), and these fields' types would
    /// load System.Text.Json and build its encoder in a process that writes no JSON.
    /// </summary>
    private static class Settings
    {
        public static readonly JsonWriterOptions Compact = new()
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = false,
        };

        public static readonly JsonWriterOptions Indented = Compact with { Indented = true };

        /// <summary>
        /// UTF-8 lead bytes of the characters <see cref="TerminalText.EscapeJson"/> escapes: DEL, C1 (C2), U+061C (D8)
        /// and the bidi and line separators of U+2000–U+2FFF (E2). Text without them is written as the JSON writer made it.
        /// </summary>
        public static readonly SearchValues<byte> UnsafeLeadBytes = SearchValues.Create([0x7F, 0xC2, 0xD8, 0xE2]);
    }

    /// <summary>The record being written by <see cref="WriteLine"/> on this thread, reused.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? s_record;

    /// <summary>Writes one indented JSON document to a text writer.</summary>
    public static void WriteDocument(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Settings.Indented))
        {
            write(writer);
        }

        // The relaxed encoder keeps non-ASCII text readable but leaves bidi and C1 characters raw: escape them.
        output.WriteLine(TerminalText.EscapeJson(Encoding.UTF8.GetString(buffer.WrittenSpan)));
    }

    // The documents of the commands, each behind a method whose signature names no System.Text.Json type and that is
    // never inlined: a command's action that wrote `WriteDocument(stdout, w => ...)` itself made the JIT (or a
    // ReadyToRun fixup) load System.Text.Json to compile it, also when it then wrote a table.

    /// <summary>Writes a screening result as one indented JSON document (<c>screen --format json</c>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WriteResultDocument(TextWriter output, ScreeningResult result, ScreeningQuery query, IReadOnlyList<string> warnings) =>
        WriteDocument(output, w => WriteResult(w, result, id: null, line: null, query, warnings));

    /// <summary>Writes a comparison as one indented JSON document (<c>compare --format json</c>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WriteComparisonDocument(TextWriter output, Screener screener, string name1, string name2, MatchExplanation e) =>
        WriteDocument(output, w => WriteComparison(w, screener, name1, name2, e));

    /// <summary>Writes the lists' and overlays' load reports as one indented JSON document (<c>lists info --format json</c>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WriteListsInfoDocument(TextWriter output, IReadOnlyList<ListSnapshot> snapshots, IReadOnlyList<AliasOverlayReport> overlays) =>
        WriteDocument(output, w => WriteListsInfo(w, snapshots, overlays));

    /// <summary>Writes one compact JSON object (one JSON Lines record) into a buffer.</summary>
    public static void WriteLine(ArrayBufferWriter<byte> buffer, Action<Utf8JsonWriter> write)
    {
        var record = s_record ??= new ArrayBufferWriter<byte>(1024);
        record.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(record, Settings.Compact))
        {
            write(writer);
        }

        if (record.WrittenSpan.IndexOfAny(Settings.UnsafeLeadBytes) >= 0)
        {
            buffer.Write(Encoding.UTF8.GetBytes(TerminalText.EscapeJson(Encoding.UTF8.GetString(record.WrittenSpan))));
        }
        else
        {
            buffer.Write(record.WrittenSpan);
        }

        buffer.Write("\n"u8);
    }

    /// <summary>Rounds to 4 decimals, as every double the CLI prints.</summary>
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>A rounded double as invariant text.</summary>
    public static string Text(double value) => Round(value).ToString("0.0###", CultureInfo.InvariantCulture);

    public static void WriteNumber(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, Round(value));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static string BandName(MatchBand band) => band == MatchBand.Strong ? "strong" : "review";

    /// <summary>The band of a bare score under a screener's thresholds: strong, review or none.</summary>
    public static string BandOf(double score, ScreeningOptions options) =>
        score >= options.StrongThreshold ? "strong" : score >= options.Threshold ? "review" : "none";

    public static string TypeName(PartyType type) => type switch
    {
        PartyType.Organization => "organization",
        PartyType.Person => "person",
        PartyType.Vessel => "vessel",
        PartyType.Aircraft => "aircraft",
        _ => "unknown",
    };

    public static string KindName(NameKind kind) => kind switch
    {
        NameKind.Primary => "primary",
        NameKind.Aka => "aka",
        NameKind.Fka => "fka",
        NameKind.Nka => "nka",
        NameKind.Weak => "weak",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string AlignmentName(AlignmentKind kind) => kind switch
    {
        AlignmentKind.Exact => "exact",
        AlignmentKind.Equivalent => "equivalent",
        AlignmentKind.Fuzzy => "fuzzy",
        AlignmentKind.Joined => "joined",
        AlignmentKind.QueryOnly => "queryOnly",
        AlignmentKind.NameOnly => "nameOnly",
        AlignmentKind.Initial => "initial",
        AlignmentKind.Acronym => "acronym",
        _ => kind.ToString(),
    };

    /// <summary>
    /// A screening result: id and line (batch), query, the facts given with it (<c>queryFacts</c>), matches, the
    /// warnings about values left out (<c>warnings</c>), context.
    /// </summary>
    public static void WriteResult(
        Utf8JsonWriter w, ScreeningResult result, string? id, long? line, ScreeningQuery? query = null, IReadOnlyList<string>? warnings = null)
    {
        w.WriteStartObject();
        if (id is not null)
        {
            w.WriteString("id", id);
        }

        if (line is { } l)
        {
            w.WriteNumber("line", l);
        }

        w.WriteString("query", result.Query);
        WriteQueryFacts(w, query);
        w.WriteBoolean("isMatch", result.IsMatch);
        w.WriteStartArray("matches");
        foreach (var match in result.Matches)
        {
            WriteMatch(w, match);
        }

        w.WriteEndArray();

        // Entities the ownership rules flag without covering: never matches (isMatch stays false); empty without --ownership.
        w.WriteStartArray("redFlags");
        foreach (var flag in result.RedFlags)
        {
            WriteMatch(w, flag);
        }

        w.WriteEndArray();
        WriteStrings(w, "warnings", warnings ?? []);
        w.WritePropertyName("context");
        WriteContext(w, result.Context);
        w.WriteEndObject();
    }

    /// <summary>A batch row that could not be screened, with the warnings about its values.</summary>
    public static void WriteError(Utf8JsonWriter w, string? id, long line, string? query, string error, IReadOnlyList<string>? warnings = null)
    {
        w.WriteStartObject();
        w.WriteString("id", id ?? string.Empty);
        w.WriteNumber("line", line);
        if (!string.IsNullOrEmpty(query))
        {
            w.WriteString("query", query);
        }

        w.WriteString("error", error);
        WriteStrings(w, "warnings", warnings ?? []);
        w.WriteEndObject();
    }

    /// <summary>
    /// The facts screened with the name, as read (what a warning left out is not here):
    /// <c>{"datesOfBirth":[{"text","from","to","precision"}],"nationalities":[…],"gender":"male"|"female"|null,"identifiers":[{"text","kind","number"}]}</c>.
    /// </summary>
    private static void WriteQueryFacts(Utf8JsonWriter w, ScreeningQuery? query)
    {
        w.WriteStartObject("queryFacts");
        w.WriteStartArray("datesOfBirth");
        foreach (var date in query?.DatesOfBirth ?? [])
        {
            w.WriteStartObject();
            w.WriteString("text", date.Text);
            w.WriteString("from", date.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("to", date.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("precision", date.Precision.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteStrings(w, "nationalities", query?.Nationalities ?? []);
        WriteNullable(w, "gender", GenderName(query?.Gender ?? Gender.Unknown));
        w.WriteStartArray("identifiers");
        foreach (var identifier in query?.Identifiers ?? [])
        {
            w.WriteStartObject();
            w.WriteString("text", identifier.ToString());
            WriteNullable(w, "kind", identifier.Kind is { } kind ? kind.ToName() : null);
            w.WriteString("number", identifier.Number);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A gender as written in JSON: <c>male</c>, <c>female</c>, or null when unknown.</summary>
    public static string? GenderName(Gender gender) => gender switch
    {
        Gender.Male => "male",
        Gender.Female => "female",
        _ => null,
    };

    /// <summary>An evidence effect as written in JSON and CSV: <c>identifier-match</c>, <c>supports</c>, <c>contradicts</c>, <c>not-comparable</c>.</summary>
    public static string EffectName(EvidenceEffect effect) => effect switch
    {
        EvidenceEffect.IdentifierMatch => "identifier-match",
        EvidenceEffect.Supports => "supports",
        EvidenceEffect.Contradicts => "contradicts",
        EvidenceEffect.NotComparable => "not-comparable",
        _ => effect.ToString().ToLowerInvariant(),
    };

    public static void WriteMatch(Utf8JsonWriter w, ScreeningMatch match)
    {
        var party = match.Party;
        w.WriteStartObject();
        w.WriteString("listCode", party.List.Code);
        w.WriteString("listName", party.List.Name);
        w.WriteString("entityId", party.Id);
        w.WriteString("name", party.PrimaryName);
        w.WriteString("matchedName", match.MatchedName.Value);
        w.WriteString("matchedNameKind", KindName(match.MatchedName.Kind));
        if (match.MatchedName.Overlay is { } overlay)
        {
            // The list does not publish this name: an alias overlay added it.
            w.WritePropertyName("matchedNameOverlay");
            WriteOverlayIdentity(w, overlay);
            w.WriteString("matchedNameCitation", match.MatchedName.Citation);
        }
        WriteNumber(w, "score", match.Score);
        w.WriteString("band", BandName(match.Band));
        w.WriteString("type", TypeName(party.Type));
        w.WriteStartArray("countries");
        foreach (var c in party.Countries)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        if (party.SourceUrl is not null)
        {
            w.WriteString("sourceUrl", party.SourceUrl);
        }

        // The facts beside the name: the name's own score, and what each fact did to it.
        var explanation = match.Explanation;
        WriteNumber(w, "nameScore", explanation.NameScore);
        w.WriteStartArray("evidence");
        foreach (var e in explanation.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("kind", e.Kind);
            w.WriteString("queryValue", e.QueryValue);
            WriteNullable(w, "listedValue", e.ListedValue);
            w.WriteString("effect", EffectName(e.Effect));
            WriteNumber(w, "change", e.Change);
            w.WriteString("detail", e.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (match.Affiliation is { } affiliation)
        {
            // A party of the affiliates (list OWNED): what the ownership rules make of it.
            w.WritePropertyName("affiliation");
            WriteAffiliation(w, affiliation);
        }

        w.WritePropertyName("explanation");
        WriteExplanation(w, explanation);
        w.WriteEndObject();
    }

    /// <summary>
    /// What the ownership rules make of an affiliate: <c>{"covered":[…],"redFlags":[…],"summary":"…"}</c>, each covered
    /// entry with its rule, share, owner lists, paths, holdings and (BIS) licence terms, each red flag with its reason.
    /// </summary>
    public static void WriteAffiliation(Utf8JsonWriter w, Affiliation affiliation)
    {
        w.WriteStartObject();
        w.WriteStartArray("covered");
        foreach (var covered in affiliation.Covered)
        {
            WriteCovered(w, covered);
        }

        w.WriteEndArray();
        w.WriteStartArray("redFlags");
        foreach (var flag in affiliation.RedFlags)
        {
            WriteRedFlag(w, flag);
        }

        w.WriteEndArray();
        w.WriteString("summary", affiliation.Summary);
        w.WriteEndObject();
    }

    /// <summary>One rule covering an entity: <c>{"rule","share","ownerLists","paths","holdings","licence"}</c>.</summary>
    public static void WriteCovered(Utf8JsonWriter w, CoveredEntity covered)
    {
        w.WriteStartObject();
        w.WriteString("rule", OwnershipSet.RuleId(covered.Rule));
        w.WriteString("share", covered.Share.ToString());
        WriteStrings(w, "ownerLists", covered.OwnerLists);
        WriteStrings(w, "paths", [.. covered.Paths.Select(p => p.ToString())]);
        WriteHoldings(w, covered.Holdings);
        if (covered.License is { } license)
        {
            w.WriteStartObject("licence");
            WriteNullable(w, "requirement", license.Requirement);
            WriteParty(w, "requirementFrom", license.RequirementFrom);
            WriteNullable(w, "policy", license.Policy);
            WriteParty(w, "policyFrom", license.PolicyFrom);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("licence");
        }

        w.WriteEndObject();
    }

    /// <summary>One rule flagging an entity: <c>{"rule","reason","share","description","paths","holdings"}</c>.</summary>
    public static void WriteRedFlag(Utf8JsonWriter w, OwnershipRedFlag flag)
    {
        w.WriteStartObject();
        w.WriteString("rule", OwnershipSet.RuleId(flag.Rule));
        w.WriteString("reason", OwnershipSet.ReasonId(flag.Reason));
        w.WriteString("share", flag.Share.ToString());
        w.WriteString("description", flag.Description);
        WriteStrings(w, "paths", [.. flag.Paths.Select(p => p.ToString())]);
        WriteHoldings(w, flag.Holdings);
        w.WriteEndObject();
    }

    /// <summary>Direct holdings: <c>[{"owner","ownerId","share","file","line"}]</c>, and <c>"relation"</c> (<c>director</c>, …) for a control edge.</summary>
    public static void WriteHoldings(Utf8JsonWriter w, IReadOnlyList<OwnershipHop> holdings)
    {
        w.WriteStartArray("holdings");
        foreach (var hop in holdings)
        {
            w.WriteStartObject();
            w.WriteString("owner", hop.Owner.Name);
            WriteNullable(w, "ownerId", hop.Owner.Id);
            w.WriteString("share", hop.Share.ToString());
            if (hop.Edge.Relation != OwnershipRelation.Ownership)
            {
                w.WriteString("relation", hop.Edge.Relation.ToString().ToLowerInvariant());
            }

            w.WriteString("file", hop.Edge.File);
            w.WriteNumber("line", hop.Edge.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>A listed party in brief: <c>{"entityId","name","listCode"}</c>, or null.</summary>
    private static void WriteParty(Utf8JsonWriter w, string name, ListedParty? party)
    {
        if (party is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("entityId", party.Id);
        w.WriteString("name", party.PrimaryName);
        w.WriteString("listCode", party.List.Code);
        w.WriteEndObject();
    }

    public static void WriteExplanation(Utf8JsonWriter w, MatchExplanation e)
    {
        w.WriteStartObject();
        WriteNumber(w, "score", e.Score);
        w.WriteString("method", e.Method);
        WriteNullable(w, "queryReading", e.QueryReading);
        WriteNullable(w, "nameReading", e.NameReading);
        w.WriteString("normalizedQuery", e.NormalizedQuery);
        w.WriteString("normalizedName", e.NormalizedName);
        WriteNumber(w, "tokenScore", e.TokenScore);
        WriteStrings(w, "queryLegalForms", e.QueryLegalForms);
        WriteStrings(w, "nameLegalForms", e.NameLegalForms);
        WriteNumber(w, "legalFormFactor", e.LegalFormFactor);
        w.WriteStartArray("tokens");
        foreach (var t in e.Tokens)
        {
            w.WriteStartObject();
            if (t.QueryToken is null)
            {
                w.WriteNull("queryToken");
            }
            else
            {
                w.WriteString("queryToken", t.QueryToken);
            }

            if (t.NameToken is null)
            {
                w.WriteNull("nameToken");
            }
            else
            {
                w.WriteString("nameToken", t.NameToken);
            }

            w.WriteString("kind", AlignmentName(t.Kind));
            WriteNumber(w, "similarity", t.Similarity);
            WriteNumber(w, "queryWeight", t.QueryWeight);
            WriteNumber(w, "nameWeight", t.NameWeight);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("summary", e.Summary);
        w.WriteEndObject();
    }

    public static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static void WriteContext(Utf8JsonWriter w, ScreeningContext context)
    {
        w.WriteStartObject();
        w.WriteString("algorithmVersion", context.AlgorithmVersion);
        WriteNumber(w, "threshold", context.Threshold);
        WriteNumber(w, "strongThreshold", context.StrongThreshold);
        w.WriteString("snapshotId", context.SnapshotId);
        w.WriteStartArray("lists");
        foreach (var list in context.Lists)
        {
            WriteIdentity(w, list);
        }

        w.WriteEndArray();
        w.WriteStartArray("overlays");
        foreach (var overlay in context.Overlays)
        {
            WriteOverlayIdentity(w, overlay);
        }

        w.WriteEndArray();
        if (context.Ownership is { } ownership)
        {
            w.WritePropertyName("ownership");
            WriteOwnershipContext(w, ownership);
        }

        w.WriteEndObject();
    }

    /// <summary>The ownership data behind a screening: <c>{"files":[{"source","format","sha256","asOf"}],"asOf","rules":[…]}</c>.</summary>
    public static void WriteOwnershipContext(Utf8JsonWriter w, OwnershipContext ownership)
    {
        w.WriteStartObject();
        w.WriteStartArray("files");
        foreach (var file in ownership.Files)
        {
            WriteIdentity(w, file);
        }

        w.WriteEndArray();
        w.WriteString("asOf", Date(ownership.AsOf));
        WriteStrings(w, "rules", ownership.Rules);
        w.WriteEndObject();
    }

    /// <summary>A day as <c>YYYY-MM-DD</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void WriteOverlayIdentity(Utf8JsonWriter w, AliasOverlayIdentity identity)
    {
        w.WriteStartObject();
        WriteOverlayIdentityFields(w, identity);
        w.WriteEndObject();
    }

    private static void WriteOverlayIdentityFields(Utf8JsonWriter w, AliasOverlayIdentity identity)
    {
        w.WriteString("source", identity.Source);
        w.WriteString("sha256", identity.Sha256);
        w.WriteNumber("rows", identity.Rows);
    }

    public static void WriteIdentity(Utf8JsonWriter w, ListIdentity identity)
    {
        w.WriteStartObject();
        WriteIdentityFields(w, identity);
        w.WriteEndObject();
    }

    public static void WriteIdentityFields(Utf8JsonWriter w, ListIdentity identity)
    {
        w.WriteString("source", identity.Source);
        w.WriteString("format", ListSet.FormatName(identity.Format));
        w.WriteString("sha256", identity.Sha256);
        if (identity.AsOf is { } asOf)
        {
            w.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("asOf");
        }
    }

    /// <summary>A pair comparison: names, score, band, explanation, context.</summary>
    public static void WriteComparison(Utf8JsonWriter w, Screener screener, string name1, string name2, MatchExplanation e, string? id = null, long? line = null, bool withContext = true)
    {
        w.WriteStartObject();
        if (id is not null)
        {
            w.WriteString("id", id);
        }

        if (line is { } l)
        {
            w.WriteNumber("line", l);
        }

        w.WriteString("name1", name1);
        w.WriteString("name2", name2);
        WriteNumber(w, "score", e.Score);
        w.WriteString("band", BandOf(e.Score, screener.Options));
        w.WritePropertyName("explanation");
        WriteExplanation(w, e);
        if (withContext)
        {
            w.WritePropertyName("context");
            WriteContext(w, screener.Context);
        }

        w.WriteEndObject();
    }

    /// <summary>A file's facts: counts per kind, and every item not typed (all of them: the table shows the first few).</summary>
    private static void WriteFacts(Utf8JsonWriter w, FactsReport facts)
    {
        w.WriteStartObject("facts");
        w.WriteNumber("datesOfBirth", facts.DatesOfBirth);
        w.WriteNumber("identifiers", facts.IdentifiersTotal);
        w.WriteStartObject("identifiersByKind");
        foreach (var (kind, count) in facts.Identifiers.OrderBy(k => k.Key))
        {
            w.WriteNumber(kind.ToName(), count);
        }

        w.WriteEndObject();
        w.WriteNumber("nationalities", facts.Nationalities);
        w.WriteNumber("genders", facts.Genders);
        w.WriteNumber("otherFacts", facts.OtherFacts);
        w.WriteNumber("freeTextRemarks", facts.FreeTextRemarks);
        w.WriteStartArray("unparsed");
        foreach (var u in facts.Unparsed)
        {
            w.WriteStartObject();
            w.WriteString("file", u.File);
            w.WriteNumber("line", u.Line);
            w.WriteString("entityId", u.PartyId);
            w.WriteString("column", u.Column);
            w.WriteString("text", u.Text);
            w.WriteString("reason", u.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The load reports of the lists, then what each overlay did to them.</summary>
    public static void WriteListsInfo(Utf8JsonWriter w, IReadOnlyList<ListSnapshot> snapshots, IReadOnlyList<AliasOverlayReport> overlays)
    {
        w.WriteStartObject();
        w.WriteStartArray("lists");
        foreach (var snapshot in snapshots)
        {
            var report = snapshot.Report;
            w.WriteStartObject();
            WriteIdentityFields(w, snapshot.Identity);
            w.WriteNumber("rowsRead", report.RowsRead);
            w.WriteNumber("rowsLoaded", report.RowsLoaded);
            w.WriteNumber("rowsRejected", report.RowsRejected);
            w.WriteNumber("partiesLoaded", report.PartiesLoaded);
            w.WriteNumber("namesLoaded", report.NamesLoaded);
            w.WriteStartObject("partiesByList");
            foreach (var (code, count) in report.PartiesByList.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteNumber(code, count);
            }

            w.WriteEndObject();
            WriteNumber(w, "elapsedMs", report.Elapsed.TotalMilliseconds);
            w.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                w.WriteStartObject();
                w.WriteString("file", file.File);
                w.WriteString("sha256", file.Sha256);
                w.WriteNumber("rowsRead", file.RowsRead);
                w.WriteNumber("rowsLoaded", file.RowsLoaded);
                w.WriteNumber("rowsRejected", file.RowsRejected);
                w.WriteStartArray("firstRejections");
                foreach (var r in file.Rejections.Take(TableOut.RejectionsShown))
                {
                    w.WriteStartObject();
                    w.WriteString("file", r.File);
                    w.WriteNumber("line", r.Line);
                    if (r.Column is null)
                    {
                        w.WriteNull("column");
                    }
                    else
                    {
                        w.WriteString("column", r.Column);
                    }

                    w.WriteString("reason", r.Reason);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                WriteFacts(w, file.Facts);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("overlays");
        foreach (var report in overlays)
        {
            w.WriteStartObject();
            WriteOverlayIdentityFields(w, report.Identity);
            w.WriteNumber("rowsRead", report.RowsRead);
            w.WriteNumber("rowsApplied", report.RowsApplied);
            w.WriteNumber("rowsUnmatched", report.RowsUnmatched);
            w.WriteNumber("rowsRejected", report.RowsRejected);
            w.WriteNumber("namesAdded", report.NamesAdded);
            w.WriteNumber("partiesAffected", report.PartiesAffected);
            w.WriteStartArray("firstIssues");
            foreach (var issue in report.Issues.Take(TableOut.RejectionsShown))
            {
                w.WriteStartObject();
                w.WriteString("file", issue.File);
                w.WriteNumber("line", issue.Line);
                if (issue.Column is null)
                {
                    w.WriteNull("column");
                }
                else
                {
                    w.WriteString("column", issue.Column);
                }

                w.WriteString("outcome", OutcomeName(issue.Outcome));
                w.WriteString("reason", issue.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string OutcomeName(OverlayRowOutcome outcome) => outcome switch
    {
        OverlayRowOutcome.Applied => "applied",
        OverlayRowOutcome.Unmatched => "unmatched",
        OverlayRowOutcome.Ambiguous => "ambiguous",
        OverlayRowOutcome.Rejected => "rejected",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    public static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
