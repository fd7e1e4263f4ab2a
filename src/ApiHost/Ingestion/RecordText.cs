namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>The rule every free-text field of an ingestion record follows, metrics and customer events alike.</summary>
/// <remarks>Trimmed, blank is absent, at most <see cref="MaxLength"/> characters: breakdown values become keys of cells, segments and indexes.</remarks>
public static class RecordText
{
    public const int MaxLength = 100;

    public static readonly string TooLong = $"At most {MaxLength} characters.";

    /// <summary>The trimmed text, or null when absent or blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Whether <paramref name="value"/>, trimmed, is longer than <paramref name="maxLength"/>.</summary>
    public static bool IsTooLong(string? value, int maxLength = MaxLength) => Clean(value)?.Length > maxLength;
}
