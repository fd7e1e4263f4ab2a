using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Settings;

/// <summary>The tenant settings form: what the API holds, what the admin typed, and the PATCH that sends only what changed.</summary>
public sealed class TenantSettingsDraft
{
    private readonly TenantResponse _saved;

    public TenantSettingsDraft(TenantResponse saved)
    {
        _saved = saved;
        DisplayName = saved.DisplayName ?? "";
        TimeZone = saved.TimeZone ?? "";
        Currency = saved.Currency ?? "";
        DailyAnalysisHour = saved.DailyAnalysisHour;
    }

    public string DisplayName { get; set; }

    public string TimeZone { get; set; }

    public string Currency { get; set; }

    public int? DailyAnalysisHour { get; set; }

    public bool Changed => Patch() is { } patch
        && (patch.DisplayName is not null || patch.TimeZone is not null || patch.Currency is not null || patch.DailyAnalysisHour is not null);

    /// <summary>The PATCH body: a field left as saved is omitted, so a save never overwrites another admin's change to another field.</summary>
    public UpdateTenantRequest Patch() => new()
    {
        DisplayName = DisplayName == _saved.DisplayName ? null : DisplayName,
        TimeZone = TimeZone == _saved.TimeZone ? null : TimeZone,
        Currency = Currency == _saved.Currency ? null : Currency,
        // An emptied hour is sent as it is (-1 is out of range), so the API names the field instead of keeping the old hour unseen.
        DailyAnalysisHour = DailyAnalysisHour == _saved.DailyAnalysisHour ? null : DailyAnalysisHour ?? -1,
    };
}
