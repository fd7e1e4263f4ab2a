using GrainMarketing.ApiHost.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.UnitTests.Problems;

/// <summary>The bodies the framework writes for a bare status carry this API's problem types.</summary>
public sealed class StatusProblemsTests
{
    [Theory]
    [InlineData(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge)]
    [InlineData(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType)]
    [InlineData(StatusCodes.Status404NotFound, ProblemTypes.NotFound)]
    public void ABareStatusGetsTheProjectsProblemTypeAndASentence(int status, string type)
    {
        var context = new ProblemDetailsContext
        {
            HttpContext = new DefaultHttpContext(),
            ProblemDetails = new ProblemDetails { Status = status, Type = "https://tools.ietf.org/html/rfc9110" },
        };

        StatusProblems.Describe(context);

        Assert.Equal(type, context.ProblemDetails.Type);
        Assert.False(string.IsNullOrEmpty(context.ProblemDetails.Detail));
    }
}
