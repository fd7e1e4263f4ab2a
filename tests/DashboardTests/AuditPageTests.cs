using GrainMarketing.Dashboard.Api.Client.Api.V1.Tenants.Item.Audit;
using GrainMarketing.Dashboard.Settings;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GrainMarketing.DashboardTests;

public sealed class AuditPageTests
{
    [Fact]
    public void TheUrlsFiltersBecomeTheApisQueryWithTheLastDayIncludedWhole()
    {
        var filter = AuditFilter.FromQuery(" member. ", "ana@example.com", "", "2026-12-01", "2026-12-07", "812");
        var query = new AuditRequestBuilder.AuditRequestBuilderGetQueryParameters();

        filter.Apply(query);

        Assert.Equal("member.", query.Action);
        Assert.Equal("ana@example.com", query.Actor);
        Assert.Null(query.Target);
        Assert.Equal("2026-12-01T00:00:00Z", query.From);
        Assert.Equal("2026-12-08T00:00:00Z", query.To);
        Assert.Equal("812", query.Before);
        Assert.True(filter.Any);
    }

    [Fact]
    public void ADayOrCursorThatDoesNotParseCountsAsAbsentAndAFilterRoundTripsThroughTheUrl()
    {
        var broken = AuditFilter.FromQuery(null, null, null, "yesterday", "2026-13-40", "-5");
        var filter = AuditFilter.FromQuery("key.created", null, "gm_ab12", "2026-12-01", null, null);

        var query = filter.ToQuery();

        Assert.False(broken.Any);
        Assert.Null(broken.Before);
        Assert.Equal(filter, AuditFilter.FromQuery(query["action"] as string, query["actor"] as string, query["target"] as string, query["from"] as string, query["to"] as string, query["before"] as string));
        Assert.Null(query["actor"]);
        Assert.Equal("2026-12-01", query["from"]);
    }

    [Fact]
    public void AnUpdateShowsOnlyTheFieldsThatChangedWithTheirOldAndNewValues()
    {
        var before = Record(("displayName", new UntypedString("Acme")), ("timeZone", new UntypedString("Europe/Berlin")), ("dailyAnalysisHour", new UntypedInteger(6)));
        var after = Record(("displayName", new UntypedString("Acme")), ("timeZone", new UntypedString("America/New_York")), ("dailyAnalysisHour", new UntypedInteger(7)));

        Assert.Equal(["timeZone: Europe/Berlin → America/New_York", "dailyAnalysisHour: 6 → 7"], AuditChange.Lines(before, after));
    }

    [Fact]
    public void ACreationListsEveryValueNestedOnesByDottedPath()
    {
        var after = Record(
            ("role", new UntypedString("editor")),
            ("schedule", Record(("hour", new UntypedInteger(7)), ("paused", new UntypedBoolean(false)))),
            ("recipients", new UntypedArray([new UntypedString("ana@example.com"), new UntypedString("bo@example.com")])));

        Assert.Equal(["role: editor", "schedule.hour: 7", "schedule.paused: no", "recipients: [ana@example.com, bo@example.com]"], AuditChange.Lines(null, after));
        Assert.Equal(["role: editor"], AuditChange.Lines(Record(("role", new UntypedString("editor"))), new UntypedNull()));
        Assert.Empty(AuditChange.Lines(null, null));
    }

    private static UntypedObject Record(params (string Name, UntypedNode Value)[] fields) =>
        new(fields.ToDictionary(field => field.Name, field => field.Value));
}
