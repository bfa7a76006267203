using System.Collections.Frozen;

namespace EntityScreen.Text;

/// <summary>
/// Given-name variants: a short form, diminutive or other national form of a given name (Bob / Robert, Sasha /
/// Aleksandr, Serhii / Sergei, Pepe / Jose) gets the transliteration key of the name it stands for, so the scorer and
/// the candidate index compare the two as one name written another way (<see cref="Matching.TokenSimilarity.KeyEqual"/>):
/// below an exact name, above most typos. The table is the embedded resource <c>EntityScreen.given-names.txt</c>
/// (its header gives its provenance).
/// </summary>
internal static class GivenNames
{
    /// <summary>The manifest name of the embedded table.</summary>
    internal const string ResourceName = "EntityScreen.given-names.txt";

    // Initialised by the type initializer: lazily on first use, and thread-safely by the runtime.
    private static readonly (FrozenDictionary<string, string> ByKey, FrozenDictionary<string, string> ByToken) s_table = Load();

    /// <summary>Variants in the table.</summary>
    internal static int Count => s_table.ByKey.Count + s_table.ByToken.Count;

    /// <summary>
    /// The key a token is compared on: its <see cref="Phonetic.Key"/>, or, for a variant of a given name in the table,
    /// the key of that name. Null when neither applies (a short token that is no variant).
    /// </summary>
    internal static string? Key(string token)
    {
        // A variant of four letters or more is found by its key (its spellings too); one of three letters, which has
        // no key, by itself only: a three-letter token never meets a longer variant's key (Teo is not Theo's).
        var key = Phonetic.Key(token);
        return key is null ? s_table.ByToken.GetValueOrDefault(token) : s_table.ByKey.GetValueOrDefault(key, key);
    }

    /// <summary>Parses the table: <c>canonical: variant, variant</c> lines; # comments.</summary>
    internal static (FrozenDictionary<string, string> ByKey, FrozenDictionary<string, string> ByToken) Parse(TextReader reader)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var byToken = new Dictionary<string, string>(StringComparer.Ordinal);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var content = text.Trim();
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }

            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var canonical = colon > 0 ? content[..colon].Trim() : string.Empty;
            var canonicalKey = Phonetic.Key(canonical);
            if (canonicalKey is null)
            {
                throw new FormatException($"{ResourceName} line {line}: expected \"name: variant, variant\" with a name of four letters or more: {text}");
            }

            foreach (var part in content[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length < 3 || !part.All(char.IsAsciiLetterLower))
                {
                    throw new FormatException($"{ResourceName} line {line}: a variant must be three lower-case letters or more: {part}");
                }

                // The first line naming a variant wins; a variant spelt like its name adds nothing.
                var variantKey = Phonetic.Key(part);
                if (variantKey is null)
                {
                    byToken.TryAdd(part, canonicalKey);
                }
                else if (variantKey != canonicalKey)
                {
                    byKey.TryAdd(variantKey, canonicalKey);
                }
            }
        }

        return (byKey.ToFrozenDictionary(StringComparer.Ordinal), byToken.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static (FrozenDictionary<string, string> ByKey, FrozenDictionary<string, string> ByToken) Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
