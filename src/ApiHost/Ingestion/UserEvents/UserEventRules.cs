using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>The rules transaction and engagement records share.</summary>
/// <remarks>Customer ids, timestamps, amounts, bounded text, event ids (derived from the content when absent), and grouping into one batch per customer.</remarks>
internal static partial class UserEventRules
{
    public const int MaxTextLength = RecordText.MaxLength;
    public const int MaxAmountDecimals = 4;
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>How far ahead of the server's clock a timestamp may be (client clocks drift).</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public static void CheckUserId(Problems problems, string? userId)
    {
        if (!UserKey.IsValidId(userId))
        {
            problems["userId"] = "Required: 1-100 letters, digits or - _ . @ : +";
        }
    }

    /// <summary>An ISO 8601 timestamp with an offset, from <paramref name="maxAgeDays"/> before <paramref name="receivedAt"/> to 5 minutes after it.</summary>
    public static DateTimeOffset Timestamp(Problems problems, string? text, DateTimeOffset receivedAt, int maxAgeDays)
    {
        if (text is null || !IsoTimestamp().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            problems["timestamp"] = "Required: ISO 8601 with an offset, such as 2026-11-20T18:05:00+01:00 or 2026-11-20T17:05:00Z.";
            return default;
        }

        var oldest = receivedAt.AddDays(-maxAgeDays);
        var latest = receivedAt + MaxClockSkew;
        if (at < oldest || at > latest)
        {
            problems["timestamp"] = $"Must be from {oldest.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} to {latest.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} "
                + "(at most Ingestion:MaxAgeDays old, at most 5 minutes ahead).";
        }

        return at;
    }

    /// <summary>A money amount: greater than 0, at most 4 decimals, at most <see cref="MaxAmount"/>. Refunds are not taken.</summary>
    public static void CheckAmount(Problems problems, decimal? amount)
    {
        if (amount is not { } value)
        {
            problems["amount"] = "Required: an amount greater than 0.";
        }
        else if (value <= 0 || value > MaxAmount)
        {
            problems["amount"] = $"Must be greater than 0 and at most {MaxAmount:0}; refunds are not taken.";
        }
        else if (decimal.Round(value, MaxAmountDecimals) != value)
        {
            problems["amount"] = $"At most {MaxAmountDecimals} decimals.";
        }
    }

    /// <summary>Trimmed text of at most 100 characters; null when absent or blank (a problem when <paramref name="required"/>).</summary>
    public static string? Text(Problems problems, string field, string? value, bool required = false)
    {
        var text = RecordText.Clean(value);
        if (text is null && required)
        {
            problems[field] = $"Required: 1-{MaxTextLength} characters.";
        }
        else if (text?.Length > MaxTextLength)
        {
            problems[field] = RecordText.TooLong;
        }

        return text;
    }

    /// <summary>The record's own event id (trimmed, at most 100 characters) or, when absent, one derived from <paramref name="content"/>.</summary>
    /// <remarks>The derived id is <paramref name="prefix"/> and a SHA-256 of the content, so a re-sent record counts once.</remarks>
    public static string? EventId(Problems problems, string? given, string prefix, params string?[] content)
    {
        var own = Text(problems, "eventId", given);
        if (own is not null || problems.Any)
        {
            return own;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', content.Select(part => part ?? "\u0000"))));
        return prefix + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>An amount as the derived event id spells it: 12.5 and 12.50 are the same amount.</summary>
    public static string Canonical(decimal? amount) => amount?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    public static string Canonical(double? coordinate) => coordinate?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>An instant as the derived event id spells it: the same instant with another offset is the same event.</summary>
    public static string Canonical(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);

    /// <summary>Maps every record and, when none has problems, groups them into one batch per customer.</summary>
    /// <remarks>
    /// <paramref name="map"/> returns null for a record with problems. Customers come in the order each first
    /// appears, each customer's events in request order. Empty when any record has a problem.
    /// </remarks>
    public static IReadOnlyList<UserEventBatch> Batches<TRecord, TEvent>(
        string tenant, IReadOnlyList<TRecord> records, RecordErrors errors, Func<TRecord, string?> userOf,
        Func<TRecord, Problems, TEvent?> map, Func<UserKey, IReadOnlyList<TEvent>, UserEventBatch> batch)
        where TEvent : class
    {
        var events = new List<(string User, TEvent Event)>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            if (map(records[i], new Problems(errors, i)) is { } mapped)
            {
                events.Add((userOf(records[i])!, mapped));
            }
        }

        return errors.Count > 0
            ? []
            : [.. events.GroupBy(e => e.User, StringComparer.Ordinal).Select(user => batch(new UserKey(tenant, user.Key), [.. user.Select(e => e.Event)]))];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTimestamp();
}
