using GrainMarketing.Tenants;

namespace GrainMarketing.UnitTests.Tenants;

public sealed class TenantRulesTests
{
    private static readonly TenantSettings Valid = new("Acme Shoes", "Europe/Berlin", "EUR", 6);

    [Theory]
    [InlineData("acme")]
    [InlineData("acme-shoes")]
    [InlineData("a1b")]
    [InlineData("0123456789012345678901234567890123456789")]
    public void SlugsOfLowerCaseLettersDigitsAndInnerHyphensAreValidIds(string id) => Assert.True(TenantRules.IsValidId(id));

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("Acme")]
    [InlineData("-acme")]
    [InlineData("acme-")]
    [InlineData("acme/shoes")]
    [InlineData("acme shoes")]
    [InlineData("acme=1")]
    [InlineData("01234567890123456789012345678901234567890")]
    public void AnythingElseIsNotAValidId(string id) => Assert.False(TenantRules.IsValidId(id));

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Kolkata")]
    [InlineData("Etc/UTC")]
    [InlineData("UTC")]
    public void IanaZonesAreAccepted(string zone) => Assert.True(TenantRules.IsIanaTimeZone(zone));

    [Theory]
    [InlineData("Pacific Standard Time")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData(null)]
    public void WindowsIdsAndUnknownZonesAreRefused(string? zone) => Assert.False(TenantRules.IsIanaTimeZone(zone));

    [Theory]
    [InlineData("EUR", true)]
    [InlineData("USD", true)]
    [InlineData("JPY", true)]
    [InlineData("CHF", true)]
    [InlineData("XYZ", false)]
    [InlineData("eur", false)]
    [InlineData("EURO", false)]
    [InlineData("", false)]
    public void CurrenciesMustBeUpperCaseIso4217Codes(string code, bool valid) => Assert.Equal(valid, TenantRules.IsIsoCurrency(code));

    [Fact]
    public void ValidSettingsHaveNoErrors() => Assert.Empty(TenantRules.Validate("acme-shoes", Valid));

    [Fact]
    public void EveryBrokenRuleIsReportedAtOnceUnderItsJsonName()
    {
        var errors = TenantRules.Validate("Bad Id", new TenantSettings(" ", "Nowhere", "ZZZ", 24));

        Assert.Equal(["currency", "dailyAnalysisHour", "displayName", "id", "timeZone"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, reasons => Assert.NotEmpty(Assert.Single(reasons)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(23, true)]
    [InlineData(-1, false)]
    [InlineData(24, false)]
    public void TheAnalysisHourIsZeroToTwentyThree(int hour, bool valid) =>
        Assert.Equal(valid, !TenantRules.Validate(Valid with { DailyAnalysisHour = hour }).ContainsKey("dailyAnalysisHour"));

    [Fact]
    public void DisplayNamesLongerThanTheLimitAreRefused()
    {
        Assert.Empty(TenantRules.Validate(Valid with { DisplayName = new string('x', TenantRules.MaxDisplayNameLength) }));
        Assert.Contains("displayName", TenantRules.Validate(Valid with { DisplayName = new string('x', TenantRules.MaxDisplayNameLength + 1) }).Keys);
    }

    [Fact]
    public void NormaliseTrimsAndUpperCasesTheCurrency()
    {
        var normalised = TenantRules.Normalize(new TenantSettings("  Acme  ", " Europe/Berlin ", " eur ", 6));
        Assert.Equal(Valid with { DisplayName = "Acme" }, normalised);
    }

    [Fact]
    public void NormaliseTurnsMissingTextIntoEmptyTextThatValidationRefuses()
    {
        // JSON can leave a non-nullable string null; normalising must not throw and validation must still say no.
        var normalised = TenantRules.Normalize(new TenantSettings(null!, null!, null!, 6));

        Assert.Equal(new TenantSettings("", "", "", 6), normalised);
        Assert.Equal(["currency", "displayName", "timeZone"], TenantRules.Validate(normalised).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NormalisingFirstLetsALowerCaseCurrencyThrough()
    {
        var raw = Valid with { Currency = "usd" };

        Assert.Contains("currency", TenantRules.Validate(raw).Keys);
        Assert.Empty(TenantRules.Validate(TenantRules.Normalize(raw)));
    }

    [Fact]
    public void APatchReplacesOnlyTheSettingsItNames()
    {
        var patched = new TenantSettingsPatch(Currency: "USD", DailyAnalysisHour: 0).ApplyTo(Valid);
        Assert.Equal(Valid with { Currency = "USD", DailyAnalysisHour = 0 }, patched);
    }
}
