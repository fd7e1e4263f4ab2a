using GrainMarketing.ApiHost.Ingestion.UserEvents;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Ingestion.UserEvents;

public sealed class EngagementRecordMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly EngagementRecord Viewed = new("u-1", null, "viewed", " spring-offer ", "2026-11-20T11:00:00Z");

    [Fact]
    public void EveryKindIsTakenAndAConversionKeepsItsAmount()
    {
        var errors = RecordErrors.ForItems();
        var batches = EngagementRecordMapper.ToBatches("acme",
        [
            Viewed with { Kind = "delivered" }, Viewed, Viewed with { Kind = "Clicked" }, Viewed with { UserId = "u-2", Kind = "converted", Amount = 40.25m },
        ], Now, 90, errors);

        Assert.Empty(errors.Errors);
        Assert.Equal([new UserKey("acme", "u-1"), new UserKey("acme", "u-2")], batches.Select(b => b.User));
        Assert.Empty(batches[0].Transactions);
        Assert.Equal([EngagementKind.Delivered, EngagementKind.Viewed, EngagementKind.Clicked], batches[0].Engagements.Select(e => e.Kind));
        Assert.All(batches[0].Engagements, e => Assert.Null(e.Amount));
        Assert.Equal("spring-offer", batches[0].Engagements[0].Campaign);
        var conversion = Assert.Single(batches[1].Engagements);
        Assert.Equal((EngagementKind.Converted, 40.25m), (conversion.Kind, conversion.Amount));
    }

    [Theory]
    [InlineData("userId")]
    [InlineData("kind")]
    [InlineData("campaign")]
    [InlineData("timestamp")]
    [InlineData("amount")]
    public void EachBadFieldIsNamedAndNothingIsBatched(string field)
    {
        EngagementRecord[] bad = field switch
        {
            "userId" => [Viewed with { UserId = null }, Viewed with { UserId = new string('u', 101) }],
            "kind" => [Viewed with { Kind = null }, Viewed with { Kind = "liked" }, Viewed with { Kind = "1" }],
            "campaign" => [Viewed with { Campaign = " " }, Viewed with { Campaign = new string('c', 101) }],
            "timestamp" => [Viewed with { Timestamp = "2026-11-20 11:00" }, Viewed with { Timestamp = "2026-11-20T12:06:00Z" }],
            _ =>
            [
                Viewed with { Amount = 5m }, Viewed with { Kind = "converted" }, Viewed with { Kind = "converted", Amount = 0m },
                Viewed with { Kind = "converted", Amount = 1.00001m },
            ],
        };

        foreach (var record in bad)
        {
            var errors = RecordErrors.ForItems();
            Assert.Empty(EngagementRecordMapper.ToBatches("acme", [Viewed, record], Now, 90, errors));
            Assert.Equal([$"items[1].{field}"], errors.Errors.Keys);
        }
    }

    [Fact]
    public void ADerivedEventIdIsStableAndDistinctPerUserKindCampaignTimeAndAmount()
    {
        var id = EventId(Viewed);
        Assert.StartsWith(EngagementRecordMapper.DerivedIdPrefix, id, StringComparison.Ordinal);
        Assert.Equal(id, EventId(Viewed with { Kind = "VIEWED", Campaign = "spring-offer", Timestamp = "2026-11-20T12:00:00+01:00" }));

        var converted = Viewed with { Kind = "converted", Amount = 10m };
        string[] ids =
        [
            id, EventId(Viewed with { UserId = "u-2" }), EventId(Viewed with { Kind = "clicked" }), EventId(Viewed with { Campaign = "autumn" }),
            EventId(Viewed with { Timestamp = "2026-11-20T11:00:00.001Z" }), EventId(converted), EventId(converted with { Amount = 10.01m }),
        ];
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal("mine", EventId(Viewed with { EventId = " mine " }));
    }

    private static string EventId(EngagementRecord record)
    {
        var errors = RecordErrors.ForItems();
        var batch = Assert.Single(EngagementRecordMapper.ToBatches("acme", [record], Now, 90, errors));
        return Assert.Single(batch.Engagements).EventId;
    }
}
