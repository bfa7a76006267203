using EntityScreen.Cli;

namespace EntityScreen.Tests.Cli;

public class TerminalTextTests
{
    [Theory]
    [InlineData("\u001B[2J\u001B[31mRED", "\\u001B[2J\\u001B[31mRED")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("a\tb\r\nc", "a\\u0009b\\u000D\\u000Ac")]
    [InlineData("nul\u0000", "nul\\u0000")]
    [InlineData("del\u007F", "del\\u007F")]
    [InlineData("csi\u009B31m", "csi\\u009B31m")]
    [InlineData("Acme\u202EGNIDART", "Acme\\u202EGNIDART")]
    [InlineData("\u202A\u202B\u202C\u202D", "\\u202A\\u202B\\u202C\\u202D")]
    [InlineData("\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069")]
    [InlineData("\u200E\u200F\u061C", "\\u200E\\u200F\\u061C")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    public void Escape_UnsafeCharacters_AreWrittenVisibly(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));

    [Theory]
    [InlineData("Huawei Technologies Co., Ltd.")]
    [InlineData("北风空气动力公司")]
    [InlineData("شركة المثال")]
    [InlineData("Пример ООО")]
    [InlineData("emoji \U0001F600 pair")]
    [InlineData("back\\slash")]
    [InlineData("")]
    public void Escape_SafeText_IsTheSameString(string text) =>
        Assert.Same(text, TerminalText.Escape(text));

    [Fact]
    public void Escape_LoneSurrogates_AreWrittenVisibly_PairsAreKept()
    {
        Assert.Equal("lone\\uD800 end", TerminalText.Escape("lone\uD800 end"));
        Assert.Equal("\\uDC00\U0001F600", TerminalText.Escape("\uDC00\U0001F600"));
    }

    [Fact]
    public void EscapeJson_EscapesWhatTheRelaxedWriterLeavesRaw_KeepsLayout()
    {
        var json = "{\n  \"q\": \"Acme\u202E\u0085\u007F \u5317\"\n}";

        var escaped = TerminalText.EscapeJson(json);

        Assert.Equal("{\n  \"q\": \"Acme\\u202E\\u0085\\u007F \u5317\"\n}", escaped);
        Assert.Equal("Acme\u202E\u0085\u007F \u5317", System.Text.Json.JsonDocument.Parse(escaped).RootElement.GetProperty("q").GetString());
        var plain = json[..10];
        Assert.Same(plain, TerminalText.EscapeJson(plain));
    }

    [Fact]
    public void Escape_IsIdempotent()
    {
        var once = TerminalText.Escape("\u001B]0;title\u0007\u202E\uDC00");

        Assert.Equal(once, TerminalText.Escape(once));
        Assert.DoesNotContain(once, c => c < ' ' || TerminalText.IsUnsafe(c) || char.IsSurrogate(c));
    }
}
