using GrainMarketing.Dashboard.Components.Shared;
using ProblemDetails = GrainMarketing.Dashboard.Api.Client.Models.ProblemDetails;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>An insight the API computed, or the history it still lacks (a 409 that is news, not an error), or why it refused.</summary>
public sealed record InsightCall<T>(T? Value, MissingHistory? Missing, ApiFailure? Failure)
{
    public static async Task<InsightCall<T>> RunAsync(Func<Task<T?>> call)
    {
        try
        {
            return new InsightCall<T>(await call(), null, null);
        }
        catch (ProblemDetails problem) when (MissingHistory.From(problem) is { } missing)
        {
            return new InsightCall<T>(default, missing, null);
        }
        catch (Exception error) when (ApiFailure.From(error) is { } failure)
        {
            return new InsightCall<T>(default, null, failure);
        }
    }
}
