using System.Globalization;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;

namespace GrainMarketing.ApiHost.Insights.Competitors;

/// <summary>The period of a competitor import: the one the file gives, else the query's from and to, refused when neither gives one or they disagree.</summary>
public static class ImportPeriod
{
    /// <param name="inFile">The period the file (or its name) gives; null without one.</param>
    /// <param name="where">What gave <paramref name="inFile"/>, for the message: "The file's date-range line".</param>
    /// <param name="missing">The message when there is no period at all.</param>
    public static DateRange? Read(string? from, string? to, DateRange? inFile, string where, string missing, ValidationErrors errors)
    {
        var start = Date(from, "from", errors);
        var end = Date(to, "to", errors);
        if (start is not null && end is not null && start > end)
        {
            errors.Add("to", "Must not be before from.");
            return null;
        }

        var given = start is { } f && end is { } t ? new DateRange(f, t) : null;
        if (inFile is not null && given is not null && given != inFile)
        {
            errors.Add("from", string.Create(CultureInfo.InvariantCulture,
                $"{where} says {inFile.From:yyyy-MM-dd} to {inFile.To:yyyy-MM-dd}; leave from and to out or give the same dates."));
            return null;
        }

        if (inFile is null && given is null && !errors.Contains("from") && !errors.Contains("to"))
        {
            errors.Add("from", missing);
        }

        return inFile ?? given;
    }

    private static DateOnly? Date(string? value, string field, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Must be a date as yyyy-MM-dd.");
        return null;
    }
}
