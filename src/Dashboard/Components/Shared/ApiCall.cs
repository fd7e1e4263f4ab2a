namespace GrainMarketing.Dashboard.Components.Shared;

/// <summary>What became of an API call a page made: its answer, or why there is none, in the API's own words.</summary>
public sealed record ApiCall<T>(T? Value, ApiFailure? Failure)
{
    public bool Succeeded => Failure is null;

    public static async Task<ApiCall<T>> RunAsync(Func<Task<T?>> call)
    {
        try
        {
            return new ApiCall<T>(await call(), null);
        }
        catch (Exception error) when (ApiFailure.From(error) is { } failure)
        {
            return new ApiCall<T>(default, failure);
        }
    }
}
