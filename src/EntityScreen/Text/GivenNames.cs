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
    private static readonly FrozenDictionary<string, string> s_keys = Load();

    /// <summary>Variant keys in the table.</summary>
    internal static int Count => s_keys.Count;

    /// <summary>
    /// The key a token is compared on: its <see cref="Phonetic.Key"/>, or, for a variant of a given name in the table,
    /// the key of that name. Null when neither applies (a short token that is no variant).
    /// </summary>
    internal static string? Key(string token)
    {
        var key = Phonetic.Key(token);
        return s_keys.TryGetValue(key ?? token, out var canonical) ? canonical : key;
    }

    /// <summary>Parses the table: <c>canonical: variant, variant</c> lines; # comments.</summary>
    internal static FrozenDictionary<string, string> Parse(TextReader reader)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
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
                var variantKey = Phonetic.Key(part) ?? part;
                if (variantKey != canonicalKey)
                {
                    map.TryAdd(variantKey, canonicalKey);
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
