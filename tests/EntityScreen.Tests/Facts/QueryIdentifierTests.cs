namespace EntityScreen.Tests.Facts;

/// <summary>Identifiers as users type them (issue 16): TYPE NUMBER with the longest known label, glued or not, or a bare number.</summary>
public class QueryIdentifierTests
{
    [Theory]
    [InlineData("IMO 9187629", IdentifierKind.Imo, "9187629")]
    [InlineData("imo9187629", IdentifierKind.Imo, "9187629")]
    [InlineData("IMO No. 9187629", IdentifierKind.Imo, "9187629")]
    [InlineData("imo９１８７６２９", IdentifierKind.Imo, "９１８７６２９")]
    [InlineData("Passport K475336", IdentifierKind.Passport, "K475336")]
    [InlineData("passport no. K475336", IdentifierKind.Passport, "K475336")]
    [InlineData("Passport 042833 (Lebanon)", IdentifierKind.Passport, "042833")]
    [InlineData("Tax ID No. 7736640919", IdentifierKind.TaxId, "7736640919")]
    [InlineData("SWIFT/BIC HAVIGB2L", IdentifierKind.SwiftBic, "HAVIGB2L")]
    [InlineData("LEI 253400V1H6ART1UQ0N98", IdentifierKind.Lei, "253400V1H6ART1UQ0N98")]
    [InlineData("Aircraft Tail Number No. YI-NAE", IdentifierKind.AircraftTailNumber, "YI-NAE")]
    [InlineData("MSN 436", IdentifierKind.AircraftSerialNumber, "436")]
    public void Typed_LongestLabel_AnyCase_GluedOrNot(string text, IdentifierKind kind, string number)
    {
        Assert.True(QueryIdentifier.TryParse(text, out var id, out _));
        Assert.Equal(kind, id!.Kind);
        Assert.Equal(number, id.Number);
    }

    [Theory]
    [InlineData("XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", "XBT")]
    [InlineData("eth 0x098B716B8Aaf21512996dC57EB0615e2383E2f96", "ETH")]
    [InlineData("Digital Currency Address - USDT TXyz1234567890abcdefghijkmnopqrstu", "USDT")]
    public void CurrencyTicker_IsADigitalCurrencyAddress(string text, string currency)
    {
        Assert.True(QueryIdentifier.TryParse(text, out var id, out _));
        Assert.Equal(IdentifierKind.DigitalCurrencyAddress, id!.Kind);
        Assert.Equal(currency, id.Currency);
    }

    [Theory]
    [InlineData("9187629")]
    [InlineData("77-001-234")]
    [InlineData("No. 265643")]
    public void NoKnownLabel_IsABareNumber(string text)
    {
        Assert.True(QueryIdentifier.TryParse(text, out var id, out _));
        Assert.Null(id!.Kind);
    }

    [Fact]
    public void ImoWithAFailedCheckDigit_IsStillUsable_WithAWarning()
    {
        Assert.True(QueryIdentifier.TryParse("IMO 9187620", out var id, out var warning));
        Assert.Equal("9187620", id!.Number);
        Assert.Contains("check digit", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AddressWithACharacterOutsideBase58_IsStillUsable_WithAWarning()
    {
        Assert.True(QueryIdentifier.TryParse("XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH0O", out _, out var warning));
        Assert.Contains("base58", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---")]
    [InlineData("  ")]
    [InlineData("IMO")]
    [InlineData(".,;")]
    public void NoLetterOrDigit_IsNotUsable(string text)
    {
        Assert.False(QueryIdentifier.TryParse(text, out var id, out var message));
        Assert.Null(id);
        Assert.False(string.IsNullOrEmpty(message));
    }

    [Fact]
    public void TenThousandCharacters_AreRefused_Quickly()
    {
        Assert.False(QueryIdentifier.TryParse(new string('7', 10_000), out _, out var message));
        Assert.Contains("too long", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseList_KeepsTheUsable_AndReportsTheRest()
    {
        var messages = new List<string>();
        var ids = QueryIdentifier.ParseList("IMO 9187629; ---; 77001234", messages);
        Assert.Equal(2, ids.Count);
        Assert.Single(messages);
    }

    [Fact]
    public void Keys_FoldFullWidthDigitsAndLookAlikeLetters()
    {
        Assert.Equal(IdentifierNumbers.Key("K475336", caseSensitive: false), IdentifierNumbers.Key("К４７５３３６", caseSensitive: false));
        Assert.Equal("AB12", IdentifierNumbers.Key("a-b.1 2", caseSensitive: false));
        Assert.True(IdentifierNumbers.ImoCheckDigitValid("9187629"));
        Assert.False(IdentifierNumbers.ImoCheckDigitValid("9187620"));
        Assert.False(IdentifierNumbers.IsCaseSensitiveAddress("0x098B716B8Aaf21512996dC57EB0615e2383E2f96"));
        Assert.False(IdentifierNumbers.IsCaseSensitiveAddress("bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6"));
        Assert.True(IdentifierNumbers.IsCaseSensitiveAddress("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"));
    }

    [Theory]
    [InlineData("SOL123456")]
    [InlineData("ETC12345")]
    public void ATickerGluedToAShortNumber_IsABareNumber(string text)
    {
        Assert.True(QueryIdentifier.TryParse(text, out var id, out _));
        Assert.Null(id!.Kind);
        Assert.Equal(text, id.Number);
    }

    [Theory]
    [InlineData("No.")]
    [InlineData("(Iran)")]
    [InlineData("Passport (Iran)")]
    public void Junk_IsNotAnIdentifier(string text) => Assert.False(QueryIdentifier.TryParse(text, out _, out _));

    [Fact]
    public void BitcoinCashScheme_IsNotPartOfTheKey()
    {
        Assert.Equal(
            IdentifierNumbers.Key("qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a", caseSensitive: false),
            IdentifierNumbers.Key("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a", caseSensitive: false));
        Assert.False(IdentifierNumbers.IsCaseSensitiveAddress("qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"));
    }
}
