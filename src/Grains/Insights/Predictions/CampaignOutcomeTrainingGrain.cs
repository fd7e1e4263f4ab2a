using System.Threading.Channels;
using GrainMarketing.Campaigns;
using GrainMarketing.Runs;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace GrainMarketing.Insights.Predictions;

/// <summary>Reads a tenant's campaign-days and trains its campaign-outcome model, reporting each phase to the model grain.</summary>
/// <remarks>
/// A stateless worker, so a training run never holds up the tenant's other grains, and it keeps nothing. The
/// fit itself runs on the thread pool (it touches no grain state): boosted trees over many campaign-days take
/// seconds of CPU, which would stall the silo's scheduler thread if run in the turn. The trainer's phase reports
/// cross back through a channel that this turn drains, so every report to the model grain is sent from the
/// grain's own context, never from the pool thread.
/// </remarks>
[StatelessWorker(1)]
[GrainType("campaign-outcome-training")]
public sealed class CampaignOutcomeTrainingGrain(
    IOutcomeModelRegistry registry,
    IOptions<OutcomeModelOptions> options,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, ICampaignOutcomeTrainingGrain
{
    public async Task<TrainedOutcomeModel> TrainAsync(Guid run, int? liveVersion)
    {
        var model = GrainFactory.GetGrain<ICampaignOutcomeModelGrain>(this.GetPrimaryKeyString());
        var days = await CollectAsync((read, campaigns) => _ = model.ReportProgressAsync(run, TrainingPhases.Reading(read, campaigns)));
        var stages = Channel.CreateUnbounded<RunStage>(new UnboundedChannelOptions { SingleReader = true });
        var fitting = Task.Run(() =>
        {
            try
            {
                return new CampaignOutcomeTrainer(options.Value).Train(days, stage => stages.Writer.TryWrite(stage));
            }
            finally
            {
                stages.Writer.TryComplete();
            }
        });
        await foreach (var stage in stages.Reader.ReadAllAsync())
        {
            await model.ReportProgressAsync(run, stage);
        }

        var training = await fitting;
        if (liveVersion is not { } version || await registry.LoadPackageAsync(this.GetPrimaryKeyString(), version, CancellationToken.None) is not { } package)
        {
            return training.Model;
        }

        await model.ReportProgressAsync(run, TrainingPhases.Evaluation(days.Count));
        var liveMae = await Task.Run(() => CampaignOutcomeModel.Load(package).MaeOn(training.HeldOut, training.HeldOutRecent, CampaignOutcome.Conversions));
        return training.Model with { LiveConversionsMae = liveMae };
    }

    public async Task CheckHistoryAsync() => TrainingRequirements.Check(await CollectAsync(), options.Value);

    /// <summary>The tenant's campaign-days over the configured number of days up to yesterday, in the tenant's time zone.</summary>
    private async Task<IReadOnlyList<CampaignDay>> CollectAsync(Action<int, int>? read = null)
    {
        var tenant = this.GetPrimaryKeyString();
        var settings = (await GrainFactory.GetGrain<ITenantGrain>(tenant).GetAsync()).Settings;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var today = DailySchedule.LocalDate(clock.GetUtcNow(), zone);
        var range = new DateRange(today.AddDays(-options.Value.HistoryDays), today.AddDays(-1));
        return await new CampaignDayCollector(GrainFactory).CollectAsync(tenant, range, read);
    }
}
