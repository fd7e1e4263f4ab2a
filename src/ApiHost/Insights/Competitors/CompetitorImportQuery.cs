using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Competitors;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Insights.Competitors;

/// <summary>Query of <c>POST .../competitors/imports</c>: the campaign the export is of (none for the account), its period when the file has no date-range line, and its name.</summary>
public sealed record CompetitorImportQuery(
    [FromQuery(Name = "campaign")] string? Campaign = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "fileName")] string? FileName = null)
{
    public const int MaxFileNameLength = 200;

    /// <summary>The campaign, refused into <paramref name="errors"/> when it is not a valid name.</summary>
    public string? ReadCampaign(ValidationErrors errors)
    {
        if (Campaign is not null && !CompetitorScope.IsValidCampaign(Campaign))
        {
            errors.Add("campaign", $"Must be 1-{CompetitorScope.MaxCampaignLength} characters without '/'.");
        }

        if (FileName is { Length: > MaxFileNameLength })
        {
            errors.Add("fileName", $"At most {MaxFileNameLength} characters.");
        }

        return Campaign;
    }

    /// <summary>The period: the file's date-range line, else from and to; a 400 when neither gives one or they disagree.</summary>
    public DateRange? ReadPeriod(DateRange? inFile, ValidationErrors errors) =>
        ImportPeriod.Read(From, To, inFile, "The file's date-range line",
            "The file has no date-range line: give the period with from and to (yyyy-MM-dd).", errors);
}
