using System.Text.Json;
using GrainMarketing.Dashboard.Components.Shared;
using GrainMarketing.Dashboard.Sessions;
using Microsoft.Kiota.Serialization.Json;
using HttpValidationProblemDetails = GrainMarketing.Dashboard.Api.Client.Models.HttpValidationProblemDetails;

namespace GrainMarketing.DashboardTests;

public sealed class ApiFailureTests : DashboardContext
{
    [Fact]
    public void AValidationProblemKeepsEveryFieldTheApiNamedAndItsFormShowsThemByField()
    {
        const string Json = """
            {"type":"https://grainmarketing.dev/problems/validation","title":"The request is not valid.","status":400,
             "errors":{"email":["Required: an email address such as ana@example.com."],"password":["Required: 12-128 characters."]}}
            """;
        var problem = new JsonParseNode(JsonDocument.Parse(Json).RootElement).GetObjectValue(HttpValidationProblemDetails.CreateFromDiscriminatorValue)!;
        problem.ResponseStatusCode = 400;

        var failure = ApiFailure.From(problem)!;

        Assert.Equal(400, failure.Status);
        Assert.Equal(["Required: 12-128 characters."], failure.Fields["password"]);
        var field = Render<FieldProblem>(parameters => parameters.Add(p => p.Failure, failure).Add(p => p.Field, "email"));
        Assert.Equal("Required: an email address such as ana@example.com.", field.Find("#email-problem").TextContent);
        var other = Render<FieldProblem>(parameters => parameters.Add(p => p.Failure, failure).Add(p => p.Field, "displayName"));
        Assert.Empty(other.Markup.Trim());
    }

    [Fact]
    public void AnEndedSessionIsA401AndOtherErrorsAreNotMistakenForApiAnswers()
    {
        Assert.True(ApiFailure.From(new SessionEndedException())!.SessionEnded);
        Assert.Null(ApiFailure.From(new InvalidOperationException("a bug")));
    }

    [Theory]
    [InlineData("/t/acme/overview", "/t/acme/overview")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData(null, "/")]
    public void OnlyPathsOnThisSiteAreFollowedAfterSignIn(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalPath.OrHome(returnUrl));
}
