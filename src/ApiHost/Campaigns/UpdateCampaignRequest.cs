using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>Campaign metadata set apart from metric data (the same fields can travel with the data). Omitted or null fields keep their value.</summary>
/// <param name="Status">active, paused or archived.</param>
/// <param name="DailyBudget">In <paramref name="Currency"/>, or the tenant's currency when none is set.</param>
/// <param name="Currency">ISO 4217 code.</param>
public sealed record UpdateCampaignRequest(
    string? Name = null,
    string? Objective = null,
    string? Status = null,
    decimal? DailyBudget = null,
    string? Currency = null,
    string? CreativeFormat = null)
{
    public const int MaxNameLength = 200;
    public const int MaxLabelLength = 60;
    public const decimal MaxDailyBudget = 1_000_000_000m;

    /// <summary>The change as metadata, or a 400 naming every bad field.</summary>
    public CampaignMetadata ToMetadata()
    {
        var errors = new ValidationErrors();
        CheckText(errors, "name", Name, MaxNameLength);
        CheckText(errors, "objective", Objective, MaxLabelLength);
        CheckText(errors, "creativeFormat", CreativeFormat, MaxLabelLength);
        CampaignStatus? status = null;
        if (Status is not null)
        {
            status = QueryValues.Named<CampaignStatus>(Status, "status", errors, "Must be active, paused or archived.");
        }

        if (DailyBudget is < 0 or > MaxDailyBudget)
        {
            errors.Add("dailyBudget", $"Must be from 0 to {MaxDailyBudget:0}.");
        }

        var currency = Currency?.Trim().ToUpperInvariant();
        if (currency is not null && !TenantRules.IsIsoCurrency(currency))
        {
            errors.Add("currency", "Must be an ISO 4217 code such as EUR or USD.");
        }

        if (errors.IsEmpty && Name is null && Objective is null && Status is null && DailyBudget is null && Currency is null && CreativeFormat is null)
        {
            errors.Add("$", "Set at least one of name, objective, status, dailyBudget, currency, creativeFormat.");
        }

        errors.ThrowIfAny();
        return new CampaignMetadata(Name?.Trim(), Objective?.Trim(), status, DailyBudget, currency, CreativeFormat?.Trim());
    }

    private static void CheckText(ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength))
        {
            errors.Add(field, $"Must be 1-{maxLength} characters, not blank.");
        }
    }
}
