namespace GrainMarketing.ApiHost.Problems;

/// <summary>Gives the bodies the framework writes for a bare status this API's problem types and a sentence that says what to do.</summary>
/// <remarks>The bare statuses are a refused sign-in, a forbidden role, an unknown route, a body too large and a media type the route does not take.</remarks>
public static class StatusProblems
{
    public const string PayloadTooLargeDetail = "The body is larger than this route accepts; split the load.";

    public const string UnsupportedMediaTypeDetail =
        "The route does not take this media type: send application/json (ingestion also takes application/x-ndjson, its /csv routes text/csv).";

    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type?.StartsWith("https://grainmarketing.dev/", StringComparison.Ordinal) == true)
        {
            return;
        }

        (problem.Type, problem.Detail) = problem.Status switch
        {
            StatusCodes.Status401Unauthorized =>
                (ProblemTypes.Unauthorized, "Sign in: send an access token (Authorization: Bearer …) or an API key (X-Api-Key)."),
            StatusCodes.Status403Forbidden =>
                (ProblemTypes.Forbidden, "Your role in this tenant, or the API key's scope, does not allow this."),
            StatusCodes.Status404NotFound => (ProblemTypes.NotFound, "No such route."),
            StatusCodes.Status405MethodNotAllowed => (ProblemTypes.MethodNotAllowed, "The route does not take this method."),
            StatusCodes.Status413PayloadTooLarge => (ProblemTypes.PayloadTooLarge, PayloadTooLargeDetail),
            StatusCodes.Status415UnsupportedMediaType => (ProblemTypes.UnsupportedMediaType, UnsupportedMediaTypeDetail),
            _ => (problem.Type, problem.Detail),
        };
    }
}
