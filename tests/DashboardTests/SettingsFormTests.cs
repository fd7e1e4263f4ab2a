using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Settings;

namespace GrainMarketing.DashboardTests;

public sealed class SettingsFormTests
{
    private static readonly TenantResponse Saved = new() { Id = "acme", DisplayName = "Acme", TimeZone = "Europe/Berlin", Currency = "EUR", DailyAnalysisHour = 6 };

    [Fact]
    public void AnUntouchedFormHasNothingToSaveAndSendsNoField()
    {
        var draft = new TenantSettingsDraft(Saved);

        var patch = draft.Patch();

        Assert.False(draft.Changed);
        Assert.Null(patch.DisplayName);
        Assert.Null(patch.TimeZone);
        Assert.Null(patch.Currency);
        Assert.Null(patch.DailyAnalysisHour);
    }

    [Fact]
    public void OnlyTheChangedFieldsAreSentSoAnotherAdminsChangeToAnotherFieldIsKept()
    {
        var draft = new TenantSettingsDraft(Saved) { TimeZone = "America/New_York", DailyAnalysisHour = 7 };

        var patch = draft.Patch();

        Assert.True(draft.Changed);
        Assert.Equal("America/New_York", patch.TimeZone);
        Assert.Equal(7, patch.DailyAnalysisHour);
        Assert.Null(patch.DisplayName);
        Assert.Null(patch.Currency);
    }

    [Fact]
    public void AnEmptiedHourIsSentOutOfRangeSoTheApiNamesItInsteadOfKeepingTheOldHourUnseen()
    {
        var draft = new TenantSettingsDraft(Saved) { DailyAnalysisHour = null };

        Assert.True(draft.Changed);
        Assert.Equal(-1, draft.Patch().DailyAnalysisHour);
    }

    [Fact]
    public void EachThresholdReadsAndWritesTheFieldTheApiNamesInItsRefusals()
    {
        var settings = new BehaviorSettings { Patterns = new PatternSettings(), RisingSpendRatio = 1.5, HoldoutShare = 0.1, Campaigns = [] };
        var fields = BehaviorThreshold.All.Select(threshold => threshold.Field).ToList();

        foreach (var (threshold, index) in BehaviorThreshold.All.Select((threshold, index) => (threshold, index)))
        {
            threshold.Write(settings, index + 2);
            Assert.Equal(index + 2, threshold.Read(settings));
        }

        Assert.Equal(fields.Count, fields.Distinct().Count());
        Assert.Equal(2 + fields.IndexOf("patterns.highSpenderTopShare"), settings.Patterns.HighSpenderTopShare);
        Assert.Equal(2 + fields.IndexOf("patterns.newDays"), settings.Patterns.NewDays);
        Assert.Equal(2 + fields.IndexOf("holdoutShare"), settings.HoldoutShare);
        Assert.Equal(2 + fields.IndexOf("risingSpendRatio"), settings.RisingSpendRatio);
    }

    [Fact]
    public void ACountTypedWithAFractionIsRoundedToAWholeNumber()
    {
        var settings = new BehaviorSettings { Patterns = new PatternSettings() };
        var newDays = BehaviorThreshold.All.Single(threshold => threshold.Field == "patterns.newDays");

        newDays.Write(settings, 14.5);

        Assert.Equal(15, settings.Patterns.NewDays);
    }
}
