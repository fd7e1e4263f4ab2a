using HttpValidationProblemDetails = GrainMarketing.Dashboard.Api.Client.Models.HttpValidationProblemDetails;
using ProblemDetails = GrainMarketing.Dashboard.Api.Client.Models.ProblemDetails;
using GrainMarketing.Dashboard.Sessions;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GrainMarketing.Dashboard.Components.Shared;

/// <summary>Why the API refused: status, its reason, and each field it named (for the form that sent them).</summary>
public sealed record ApiFailure(int Status, string Reason, IReadOnlyDictionary<string, string[]> Fields)
{
    public bool NotFound => Status == StatusCodes.Status404NotFound;

    public bool SessionEnded => Status == StatusCodes.Status401Unauthorized;

    /// <summary>What the API said of <paramref name="field"/>, joined; null when it named other fields or none.</summary>
    public string? MessagesOf(string field) => Fields.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public static ApiFailure? From(Exception error) => error switch
    {
        SessionEndedException => new ApiFailure(StatusCodes.Status401Unauthorized, error.Message, Empty),
        HttpValidationProblemDetails invalid => new ApiFailure(invalid.ResponseStatusCode, invalid.Detail ?? invalid.Title ?? "The request was refused.", FieldsOf(invalid)),
        ProblemDetails problem => new ApiFailure(problem.ResponseStatusCode, problem.Detail ?? problem.Title ?? "The request was refused.", Empty),
        ApiException other => new ApiFailure(other.ResponseStatusCode, $"The API answered {other.ResponseStatusCode}.", Empty),
        HttpRequestException { StatusCode: { } status } refused => new ApiFailure((int)status, refused.Message, Empty),
        HttpRequestException => new ApiFailure(StatusCodes.Status503ServiceUnavailable, "The API cannot be reached; try again in a moment.", Empty),
        _ => null,
    };

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();

    private static Dictionary<string, string[]> FieldsOf(HttpValidationProblemDetails invalid) =>
        (invalid.Errors?.AdditionalData ?? new Dictionary<string, object>()).ToDictionary<KeyValuePair<string, object>, string, string[]>(
            field => field.Key,
            field => field.Value switch
            {
                UntypedArray list => [.. list.GetValue().OfType<UntypedString>().Select(text => text.GetValue() ?? "")],
                IEnumerable<object> list => [.. list.Select(item => item?.ToString() ?? "")],
                _ => [field.Value?.ToString() ?? ""],
            },
            StringComparer.OrdinalIgnoreCase);
}
