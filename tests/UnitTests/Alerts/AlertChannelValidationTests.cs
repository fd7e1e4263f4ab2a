using GrainMarketing.Alerts;
using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class AlertChannelValidationTests
{
    [Theory]
    [InlineData(AlertChannelType.Webhook, "https://hooks.example.com/grainmarketing", null)]
    [InlineData(AlertChannelType.Slack, "https://hooks.slack.com/services/T0/B0/xyz", null)]
    [InlineData(AlertChannelType.Email, null, "ops@example.com")]
    public void ACompleteChannelOfEachTypeHasNoErrors(AlertChannelType type, string? url, string? recipient) =>
        Assert.Empty(AlertChannelValidation.Validate(new AlertChannelDefinition("ops-pager", type, AlertSeverity.Warning, Url: url, Recipients: recipient is null ? null : [recipient])));

    [Fact]
    public void AnEmptyChannelNamesItsNameAndType() =>
        Assert.Equal(["name", "type"], Fields(new AlertChannelDefinition(null, null)));

    [Fact]
    public void EveryBadFieldOfAWebhookIsNamedAtOnce() =>
        Assert.Equal(["name", "recipients", "url"], Fields(new AlertChannelDefinition("Ops Pager", AlertChannelType.Webhook, Url: "ftp://example.com/x", Recipients: ["a@example.com"])));

    [Theory]
    [InlineData("hooks.example.com/no-scheme")]
    [InlineData("/relative/path")]
    [InlineData("https://user:password@hooks.example.com/")]
    [InlineData("  ")]
    public void AWebhookUrlMustBeAbsoluteHttpWithoutCredentials(string url) =>
        Assert.Equal(["url"], Fields(new AlertChannelDefinition("ops", AlertChannelType.Webhook, Url: url)));

    [Fact]
    public void EachBadRecipientIsNamedByItsIndexAndARepeatToo()
    {
        var channel = new AlertChannelDefinition("mail", AlertChannelType.Email, Recipients: ["ops@example.com", "not an address", "OPS@example.com", "Ana <ana@example.com>"]);

        var errors = AlertChannelValidation.Validate(channel);

        Assert.Equal(["recipients[1]", "recipients[2]", "recipients[3]"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Listed twice.", Assert.Single(errors["recipients[2]"]));
    }

    [Fact]
    public void AnEmailChannelNeedsOneToTwentyRecipientsAndNoUrl()
    {
        Assert.Equal(["recipients"], Fields(new AlertChannelDefinition("mail", AlertChannelType.Email, Recipients: [])));
        Assert.Equal(["recipients"], Fields(new AlertChannelDefinition("mail", AlertChannelType.Email,
            Recipients: [.. Enumerable.Range(0, AlertChannelValidation.MaxRecipients + 1).Select(i => $"ops{i}@example.com")])));
        Assert.Equal(["url"], Fields(new AlertChannelDefinition("mail", AlertChannelType.Email, Url: "https://example.com", Recipients: ["ops@example.com"])));
    }

    [Theory]
    [InlineData("-ops")]
    [InlineData("ops-")]
    [InlineData("ops--pager")]
    [InlineData("ops_pager")]
    [InlineData("Ops")]
    [InlineData("a2345678901234567890123456789012345678901")]
    public void ANameIsALowerCaseSlugOfAtMostFortyCharacters(string name) =>
        Assert.Equal(["name"], Fields(new AlertChannelDefinition(name, AlertChannelType.Slack, Url: "https://hooks.slack.com/x")));

    [Fact]
    public void NormalisingTrimsAndFillsTheDefaultSeverity()
    {
        var normal = AlertChannelValidation.Normalize(new AlertChannelDefinition(" ops ", AlertChannelType.Email, Recipients: [" ops@example.com "]));

        Assert.Equal(("ops", AlertSeverity.Info, "ops@example.com"), (normal.Name, normal.MinSeverity, Assert.Single(normal.Recipients!)));
    }

    private static string[] Fields(AlertChannelDefinition channel) => [.. AlertChannelValidation.Validate(channel).Keys.Order(StringComparer.Ordinal)];
}
