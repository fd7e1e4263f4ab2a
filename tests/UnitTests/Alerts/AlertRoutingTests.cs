using GrainMarketing.Alerts;
using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class AlertRoutingTests
{
    private static readonly StoredAlertChannel Log = Channel("log", AlertSeverity.Info);
    private static readonly StoredAlertChannel Ops = Channel("ops", AlertSeverity.Warning);
    private static readonly StoredAlertChannel Pager = Channel("pager", AlertSeverity.Critical);
    private static readonly StoredAlertChannel Muted = Channel("muted", AlertSeverity.Info, enabled: false);
    private static readonly StoredAlertChannel[] All = [Pager, Ops, Muted, Log];

    [Theory]
    [InlineData(AlertSeverity.Info, new[] { "log" })]
    [InlineData(AlertSeverity.Warning, new[] { "log", "ops" })]
    [InlineData(AlertSeverity.Error, new[] { "log", "ops" })]
    [InlineData(AlertSeverity.Critical, new[] { "log", "ops", "pager" })]
    public void WithoutNamesAnAlertGoesToEveryEnabledChannelItsSeverityReaches(AlertSeverity severity, string[] expected)
    {
        var route = AlertRouting.Route(Alert(severity), All);

        Assert.Equal(expected, route.Channels.Select(c => c.Name));
        Assert.Empty(route.Unknown);
    }

    [Fact]
    public void NamedChannelsAreStillFilteredBySeverityAndEnabled()
    {
        var route = AlertRouting.Route(Named(AlertSeverity.Warning, "pager", "ops", "muted", "nowhere", "ops"), All);

        Assert.Equal(["ops"], route.Channels.Select(c => c.Name));
    }

    [Fact]
    public void UnknownChannelNamesAreReported()
    {
        var route = AlertRouting.Route(Named(AlertSeverity.Warning, "pager", "ops", "muted", "nowhere", "ops"), All);

        Assert.Equal(["nowhere"], route.Unknown);
    }

    [Fact]
    public void AChannelMayAlsoBeNamedByItsId()
    {
        var route = AlertRouting.Route(Named(AlertSeverity.Error, Ops.Id.ToString()), All);

        Assert.Equal([Ops.Id], route.Channels.Select(c => c.Id));
    }

    [Fact]
    public void AnEmptyListOfNamesRoutesNowhere() =>
        Assert.Empty(AlertRouting.Route(Named(AlertSeverity.Critical), All).Channels);

    private static Alert Alert(AlertSeverity severity) => new("rule.fired", severity, "t", "x", "k", DateTimeOffset.UnixEpoch);

    private static Alert Named(AlertSeverity severity, params string[] channels) => Alert(severity) with { Channels = channels };

    private static StoredAlertChannel Channel(string name, AlertSeverity minimum, bool enabled = true) => new(
        new AlertChannel(Guid.NewGuid(), name, AlertChannelType.Webhook, minimum, enabled, "https://example.com", null,
            DateTimeOffset.UnixEpoch, "a", DateTimeOffset.UnixEpoch, "a", null),
        "s");
}
