using System.Text.Json;
using GrainMarketing.ApiHost.Problems;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.UnitTests.Problems;

/// <summary>How grain exceptions become answers: transient failures are 503 with Retry-After, too short a history is 409 naming what is missing.</summary>
public sealed class ProblemExceptionHandlerTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddProblemDetails()
        .AddSingleton<ProblemExceptionHandler>()
        .BuildServiceProvider();

    [Fact]
    public async Task ALostWriteAnswers503WithRetryAfterAndTheGrainsMessage()
    {
        var (http, body) = await HandleAsync(new LostWriteException("campaign"));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("2", http.Response.Headers.RetryAfter.ToString());
        Assert.Equal(ProblemTypes.LostWrite, body.GetProperty("type").GetString());
        Assert.Equal("This campaign lost a state write and is deactivating; retry.", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnansweredGrainCallAnswers503WithRetryAfter()
    {
        var (http, body) = await HandleAsync(new TimeoutException("The silo did not answer."));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("2", http.Response.Headers.RetryAfter.ToString());
        Assert.Equal(ProblemTypes.ClusterUnavailable, body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnUnexpectedFailureAnswers500WithoutRetryAfter()
    {
        var (http, body) = await HandleAsync(new InvalidOperationException("This segment lost a state write and is deactivating; retry."));

        Assert.Equal(StatusCodes.Status500InternalServerError, http.Response.StatusCode);
        Assert.False(http.Response.Headers.ContainsKey("Retry-After"));
        Assert.Equal(ProblemTypes.Internal, body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task TooShortAHistoryAnswers409NamingWhatIsMissing()
    {
        var (http, body) = await HandleAsync(new InsufficientHistoryException("The forecast needs 28 days of spend.",
            new Dictionary<string, string> { ["days"] = "28 needed, 9 recorded" }));

        Assert.Equal(StatusCodes.Status409Conflict, http.Response.StatusCode);
        Assert.Equal(ProblemTypes.InsufficientHistory, body.GetProperty("type").GetString());
        Assert.Equal("28 needed, 9 recorded", body.GetProperty("missing").GetProperty("days").GetString());
    }

    public void Dispose() => _services.Dispose();

    private async Task<(HttpContext Http, JsonElement Body)> HandleAsync(Exception exception)
    {
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Request.Method = "POST";
        http.Request.Path = "/tenants/acme/campaigns";
        http.Response.Body = new MemoryStream();

        Assert.True(await _services.GetRequiredService<ProblemExceptionHandler>().TryHandleAsync(http, exception, CancellationToken.None));

        http.Response.Body.Position = 0;
        return (http, await JsonSerializer.DeserializeAsync<JsonElement>(http.Response.Body));
    }
}
