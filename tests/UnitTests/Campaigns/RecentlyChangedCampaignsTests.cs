using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using static GrainMarketing.UnitTests.Campaigns.TestBatches;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class RecentlyChangedCampaignsTests
{
    private readonly RecentlyChangedCampaigns _changed = new();

    [Fact]
    public void OnlyCampaignsChangedAfterTheTimeAskedAreAnswered()
    {
        var other = Campaign with { CampaignId = "c-2" };
        _changed.Add(Campaign, Now);
        _changed.Add(other, Now.AddMinutes(2));

        Assert.Equal([other], _changed.Since(Now));
        Assert.Equal(2, _changed.Since(Now.AddTicks(-1)).Count);
    }

    [Fact]
    public void ACampaignChangedAgainIsAnsweredAtItsLatestChange()
    {
        _changed.Add(Campaign, Now);
        _changed.Add(Campaign, Now.AddMinutes(2));

        Assert.Equal([Campaign], _changed.Since(Now.AddMinutes(1)));
    }

    [Fact]
    public void ChangesAnHourOldAreKeptWhileNoMoreThanAThousandAreHeld()
    {
        _changed.Add(Campaign, Now);
        Fill(RecentlyChangedCampaigns.Held - 1, Now.AddHours(2));

        Assert.Contains(Campaign, _changed.Since(DateTimeOffset.MinValue));
    }

    [Fact]
    public void ChangesAnHourOldAreForgottenOnceMoreThanAThousandAreHeld()
    {
        _changed.Add(Campaign, Now);
        Fill(RecentlyChangedCampaigns.Held, Now.AddHours(2));

        Assert.DoesNotContain(Campaign, _changed.Since(DateTimeOffset.MinValue));
        Assert.Equal(RecentlyChangedCampaigns.Held, _changed.Since(DateTimeOffset.MinValue).Count);
    }

    private void Fill(int count, DateTimeOffset at)
    {
        for (var i = 0; i < count; i++)
        {
            _changed.Add(new CampaignKey("acme", AdPlatform.Meta, $"fill-{i}"), at);
        }
    }
}
