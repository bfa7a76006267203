using System.Buffers;
using System.Globalization;
using System.Text;

namespace EntityScreen.Cli;

/// <summary>
/// Text for a terminal: characters that could drive it or reorder what it shows are written visibly escaped
/// (<c>\u001B</c>), never raw. A query, a listed name or a header read from a file then cannot send ANSI escape
/// sequences (colours, cursor moves, a cleared screen, a changed title) or turn the rest of a line right to left.
/// </summary>
/// <remarks>
/// Escaped: the C0 controls U+0000–U+001F (ESC, BEL, backspace, tab, line breaks…), DEL U+007F, the C1 controls
/// U+0080–U+009F (CSI U+009B starts an escape sequence on its own), the bidirectional formatting characters
/// U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, the line and paragraph separators U+2028 and U+2029, and
/// lone surrogates. A backslash is left as it is, so <c>\u001B</c> in the output may also be those six characters
/// in the input; the JSON output (<c>--format json</c>) is the unambiguous form.
/// </remarks>
internal static class TerminalText
{
    private static readonly SearchValues<char> s_unsafe = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029");

    /// <summary>True when <paramref name="c"/> is escaped by <see cref="Escape"/> (a lone surrogate aside).</summary>
    public static bool IsUnsafe(char c) => s_unsafe.Contains(c);

    /// <summary>
    /// <paramref name="text"/> with every unsafe character written as <c>\uXXXX</c>; the same string when it holds
    /// none. Idempotent: the escaped text holds no unsafe character.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var span = text.AsSpan();
        var first = FirstUnsafe(span);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        sb.Append(span[..first]);
        for (var i = first; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                sb.Append(c).Append(span[++i]);
            }
            else if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// JSON text with the unsafe characters the JSON writer leaves raw (DEL, the C1 controls, the bidi formatting
    /// characters, U+2028 and U+2029) written as <c>\uXXXX</c> escapes, which mean the same character inside a JSON
    /// string. C0 controls are never raw inside a JSON string (the writer escapes them); outside strings they are the
    /// layout's line breaks and are kept.
    /// </summary>
    public static string EscapeJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var first = IndexOfJsonUnsafe(json, 0);
        if (first < 0)
        {
            return json;
        }

        var sb = new StringBuilder(json.Length + 16);
        var from = 0;
        for (var i = first; i >= 0; i = IndexOfJsonUnsafe(json, from))
        {
            sb.Append(json, from, i - from).Append(CultureInfo.InvariantCulture, $"\\u{(int)json[i]:X4}");
            from = i + 1;
        }

        return sb.Append(json, from, json.Length - from).ToString();
    }

    private static int IndexOfJsonUnsafe(string json, int from)
    {
        for (var i = from; i < json.Length; i++)
        {
            var at = json.AsSpan(i).IndexOfAny(s_unsafe);
            if (at < 0)
            {
                return -1;
            }

            i += at;
            if (json[i] >= ' ')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first character <see cref="Escape"/> changes, or -1.</summary>
    private static int FirstUnsafe(ReadOnlySpan<char> text)
    {
        var control = text.IndexOfAny(s_unsafe);
        var end = control < 0 ? text.Length : control;
        for (var i = 0; i < end; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return control;
    }
}
