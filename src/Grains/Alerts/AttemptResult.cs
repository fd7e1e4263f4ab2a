namespace GrainMarketing.Alerts;

/// <summary>What a transport says about one attempt.</summary>
public sealed record AttemptResult(bool Delivered, int? HttpStatus = null, string? Error = null)
{
    public const int MaxErrorLength = 500;

    public static AttemptResult Failed(string error, int? httpStatus = null) =>
        new(false, httpStatus, error.Length > MaxErrorLength ? error[..MaxErrorLength] : error);
}
