using GrainMarketing.Alerts;
using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class InMemoryAlertHistoryTests : AlertHistoryContract
{
    [Fact]
    public async Task OnlyTheNewestAlertsAreKept()
    {
        for (var i = 0; i <= InMemoryAlertHistory.Capacity; i++)
        {
            await History.RecordAlertAsync("acme", new AlertHistoryEntry(
                0, Guid.NewGuid(), "rule.fired", AlertSeverity.Info, $"#{i}", "x", "k", Start, Start, AlertStatus.Unrouted, null, null, null, []), CancellationToken.None);
        }

        var page = await History.QueryAsync("acme", new AlertHistoryQuery { Limit = AlertHistoryQuery.MaxLimit, Before = 3 }, CancellationToken.None);

        Assert.Equal(["#1"], page.Items.Select(a => a.Title));
    }

    protected override Task<IAlertHistory> CreateEmptyAsync() => Task.FromResult<IAlertHistory>(new InMemoryAlertHistory());
}
