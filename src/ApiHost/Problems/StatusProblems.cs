namespace GrainMarketing.ApiHost.Problems;

/// <summary>Gives the bodies the framework writes for a bare status this API's problem types and a sentence that says what to do.</summary>
/// <remarks>The bare statuses are a refused sign-in, a forbidden role and an unknown route.</remarks>
public static class StatusProblems
{
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
            _ => (problem.Type, problem.Detail),
        };
    }
}
