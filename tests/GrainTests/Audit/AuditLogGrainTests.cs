using System.Text.Json;
using GrainMarketing.Audit;

namespace GrainMarketing.GrainTests.Audit;

/// <summary>The audit trail written silo-side (as automation rules do) and through the grain (as the API host does), read through the grain.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AuditLogGrainTests(ClusterFixture fixture)
{
    private IAuditLogGrain Grain => fixture.Client.GetGrain<IAuditLogGrain>(0);

    [Fact]
    public async Task AnEntryRecordedSiloSideThroughTheGrainsLogIsReturnedByTheGrainQuery()
    {
        var tenant = NewTenant();
        var entry = Entry(tenant, "campaign.paused", """{"status":"active","dailyBudget":50.00}""", """{"status":"paused","rule":{"name":"CPA > 40"}}""");

        await fixture.SiloAuditLog.RecordAsync(entry, CancellationToken.None);
        var page = await Grain.QueryAsync(new AuditQuery(tenant));

        var record = Assert.Single(page.Items);
        Assert.Null(page.Next);
        AssertSame(entry, record.Entry);
    }

    [Fact]
    public async Task AnEntryRecordedThroughTheGrainLandsInTheSilosLogWithItsJsonIntact()
    {
        var tenant = NewTenant();
        var entry = Entry(tenant, "tenant.updated", """{"displayName":"Caf\u00e9"}""", """{"displayName":"Renamed","tags":[1,null,"x"]}""");

        await Grain.RecordAsync(entry);
        var page = await fixture.SiloAuditLog.QueryAsync(new AuditQuery(tenant), CancellationToken.None);

        AssertSame(entry, Assert.Single(page.Items).Entry);
    }

    [Fact]
    public async Task TheGrainQueryFiltersAndPagesLikeTheLog()
    {
        var tenant = NewTenant();
        await fixture.SiloAuditLog.RecordAsync(Entry(tenant, "campaign.paused", null, null), CancellationToken.None);
        await Grain.RecordAsync(Entry(tenant, "member.invited", null, null));
        await fixture.SiloAuditLog.RecordAsync(Entry(tenant, "campaign.budget_changed", null, null), CancellationToken.None);
        await Grain.RecordAsync(Entry(NewTenant(), "campaign.paused", null, null));

        var first = await Grain.QueryAsync(new AuditQuery(tenant) { Action = "campaign.", Limit = 1 });
        var second = await Grain.QueryAsync(new AuditQuery(tenant) { Action = "campaign.", Limit = 1, Before = first.Next });

        Assert.Equal(["campaign.budget_changed"], first.Items.Select(i => i.Entry.Action));
        Assert.Equal(first.Items[0].Id, first.Next);
        Assert.Equal(["campaign.paused"], second.Items.Select(i => i.Entry.Action));
        Assert.Null(second.Next);
        Assert.True(second.Items[0].Id < first.Items[0].Id);
    }

    private static string NewTenant() => $"audit-{Guid.NewGuid():N}";

    private static AuditEntry Entry(string tenant, string action, string? before, string? after) =>
        new(ClusterFixture.Start, action, "rule:cpa-guard", tenant, $"{tenant}/meta/c1",
            before is null ? null : JsonElement.Parse(before), after is null ? null : JsonElement.Parse(after), null, null);

    private static void AssertSame(AuditEntry expected, AuditEntry actual)
    {
        Assert.Equal(expected.Before?.GetRawText(), actual.Before?.GetRawText());
        Assert.Equal(expected.After?.GetRawText(), actual.After?.GetRawText());
        Assert.Equal(expected with { Before = null, After = null }, actual with { Before = null, After = null });
    }
}
