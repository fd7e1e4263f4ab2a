using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Predictions;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using GrainMarketing.Runs;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.GrainTests.Insights.Predictions;

/// <summary>The tenant's model grain over campaign grains on the test cluster: refusals without history, training, the live policy and predictions.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CampaignOutcomeModelGrainTests(ClusterFixture fixture)
{
    private static readonly PlannedCampaign Plan = new(
        "google", "conversions", "image", 120m, new PlannedAudience(["35-44"], [], ["DE"], []), 7);

    [Fact]
    public async Task ATenantWithoutHistoryIsRefusedNamingWhatItLacksAndKeepsNoVersion()
    {
        var model = await NewTenantModelAsync();

        var refused = await Assert.ThrowsAsync<InsufficientHistoryException>(() => model.PredictAsync(Plan));

        Assert.Equal("60 campaign-days needed, 0 recorded", refused.Missing["rows"]);
        Assert.Equal("2 campaigns needed, 0 recorded", refused.Missing["campaigns"]);
        Assert.Empty((await model.ListAsync()).Versions);
    }

    [Fact]
    public async Task ATrainingRequestWithoutHistoryIsRefusedAndStartsNoRun()
    {
        var model = await NewTenantModelAsync();

        var refused = await Assert.ThrowsAsync<InsufficientHistoryException>(() => model.StartTrainingAsync(TrainingTrigger.Manual));

        Assert.Equal("14 distinct dates needed, 0 recorded", refused.Missing["days"]);
        Assert.Empty(await model.ListRunsAsync(10));
    }

    [Fact]
    public async Task AWeeklyRunWithoutHistoryFailsNamingWhatItLacksAndAnUnknownRunIsNotFound()
    {
        var model = await NewTenantModelAsync();

        var started = await model.StartTrainingAsync(TrainingTrigger.Weekly);
        var ended = await EndedAsync(model, started.Id);

        Assert.Equal((TrainingRunStatus.Failed, TrainingTrigger.Weekly, null), (ended.Status, ended.Trigger, ended.Result));
        Assert.Contains("60 campaign-days needed, 0 recorded", ended.Error, StringComparison.Ordinal);
        Assert.Equal(("reading history", null), (ended.Progress.Phase, ended.Progress.EstimatedSecondsLeft));
        await Assert.ThrowsAsync<NotFoundException>(() => model.GetRunAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task ARunFoundInProgressWhenTheModelGrainActivatesWasCutShortAndIsMarkedFailed()
    {
        var tenant = $"outcomes-{Guid.NewGuid():N}"[..24];
        var cut = new TrainingRun(Guid.NewGuid(), TrainingTrigger.Weekly, TrainingRunStatus.Running, fixture.Clock.GetUtcNow(), fixture.Clock.GetUtcNow(), null,
            new RunProgress("building rows", 0.25, 12, "the previous run took 20 s"), null, null);
        foreach (var registry in fixture.AllSiloServices.Select(services => services.GetRequiredService<IOutcomeModelRegistry>()))
        {
            await registry.SaveRunAsync(tenant, cut, CancellationToken.None);
        }

        var run = await fixture.Client.GetGrain<ICampaignOutcomeModelGrain>(tenant).GetRunAsync(cut.Id);

        Assert.Equal((TrainingRunStatus.Failed, CampaignOutcomeModelGrain.Interrupted, fixture.Clock.GetUtcNow()), (run.Status, run.Error, run.FinishedAt));
    }

    [Fact]
    public async Task AVersionTrainedOnTheCampaignsDaysGoesLiveAndTheSameModelTrainedAgainDoesNot()
    {
        var model = await NewTenantModelAsync();
        var tenant = model.GetPrimaryKeyString();
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        var days = new GeneratedCampaignDays(5).Days(12, 30, today.AddDays(-2));
        await Task.WhenAll(days.GroupBy(day => day.Campaign).Select(campaign => ApplyAsync(tenant, [.. campaign])));

        var run = await model.StartTrainingAsync(TrainingTrigger.Manual);
        var again = await model.StartTrainingAsync(TrainingTrigger.Manual);
        var firstRun = await EndedAsync(model, run.Id);
        var secondRun = await EndedAsync(model, (await model.StartTrainingAsync(TrainingTrigger.Manual)).Id);
        var (first, second) = (firstRun.Result!, secondRun.Result!);

        Assert.Equal((TrainingRunStatus.Queued, run.Id), (run.Status, again.Id));
        Assert.Equal((TrainingRunStatus.Succeeded, null, "done", 1.0, 0.0), (firstRun.Status, firstRun.Error, firstRun.Progress.Phase, firstRun.Progress.Fraction, firstRun.Progress.EstimatedSecondsLeft));
        Assert.Equal([secondRun.Id, run.Id], (await model.ListRunsAsync(10)).Select(listed => listed.Id));
        Assert.True(first.Live, first.Reason);
        Assert.Equal((360, 12, days.Min(day => day.Date)), (first.Version.Rows, first.Version.Campaigns, first.Version.From));
        Assert.False(second.Live);
        Assert.StartsWith("Not live: version 1 scores conversions MAE", second.Reason, StringComparison.Ordinal);
        var listed = await model.ListAsync();
        Assert.Equal([2, 1], listed.Versions.Select(version => version.Version));
        Assert.Equal(1, listed.LiveVersion);
        var prediction = await model.PredictAsync(Plan);
        Assert.Equal((1, "EUR", 3), (prediction.ModelVersion, prediction.Currency, prediction.TopFeatures.Count));
        Assert.True(prediction.Conversions.PerDayUpper80 >= prediction.Conversions.PerDay);
    }

    /// <summary>The run once it has ended; training runs in a timer that real time drives, whatever the fake clock says.</summary>
    private static Task<TrainingRun> EndedAsync(ICampaignOutcomeModelGrain model, Guid run) =>
        Eventually.ReadAsync(() => model.GetRunAsync(run), read => !read.InProgress, TimeSpan.FromMinutes(2));

    private async Task<ICampaignOutcomeModelGrain> NewTenantModelAsync()
    {
        var tenant = $"outcomes-{Guid.NewGuid():N}"[..24];
        await fixture.Client.GetGrain<ITenantGrain>(tenant).CreateAsync(new TenantSettings("Outcomes", "UTC", "EUR", 6), "ana@example.com");
        return fixture.Client.GetGrain<ICampaignOutcomeModelGrain>(tenant);
    }

    /// <summary>One campaign's days as one batch of snapshots in their audience slice, with its objective and format.</summary>
    private Task ApplyAsync(string tenant, IReadOnlyList<CampaignDay> days)
    {
        var first = days[0];
        var key = new CampaignKey(tenant, Enum.Parse<AdPlatform>(first.Platform, ignoreCase: true), first.Campaign.Split(':', 2)[1]);
        var slice = new Breakdown(
            first.Audience.Ages.Keys.Single(), first.Audience.Genders.Keys.Single(), first.Audience.Countries.Keys.Single(), Interest: first.Audience.Interests.Keys.Single());
        var items = days.Select(day => new MetricItem(
            new MetricCell(day.Date, slice),
            new MetricTotals((long)day.Impressions, 0, (long)day.Clicks, (decimal)day.Spend, (decimal)day.Conversions, (decimal)day.ConversionValue),
            MetricKind.Snapshot)).ToList();
        return fixture.Client.GetGrain<ICampaignGrain>(key.ToString())
            .ApplyAsync(new MetricBatch(key, fixture.Clock.GetUtcNow(), items, new CampaignMetadata(Objective: first.Objective, CreativeFormat: first.CreativeFormat)));
    }
}
