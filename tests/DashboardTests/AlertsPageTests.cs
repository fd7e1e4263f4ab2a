using GrainMarketing.Dashboard.Alerts;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;
using MudBlazor;

namespace GrainMarketing.DashboardTests;

public sealed class AlertsPageTests
{
    [Fact]
    public void AWebhookSendsItsUrlAndNoRecipients()
    {
        var draft = new ChannelDraft { Name = " ops-hook ", Type = AlertChannelType.Webhook, Url = " https://hooks.example.org/gm ", Recipients = "left@example.com" };

        var definition = draft.ToDefinition();

        Assert.Equal("ops-hook", definition.Name);
        Assert.Equal("https://hooks.example.org/gm", definition.Url);
        Assert.Null(definition.Recipients);
        Assert.True(draft.TakesUrl);
        Assert.False(draft.TakesRecipients);
    }

    [Fact]
    public void AnEmailChannelSendsEachRecipientTypedOnALineOrAfterACommaAndNoUrl()
    {
        var draft = new ChannelDraft { Name = "ops-mail", Type = AlertChannelType.Email, Url = "https://left.example.org", Recipients = "ana@example.com, bo@example.com;\ncy@example.com\n\n" };

        var definition = draft.ToDefinition();

        Assert.Equal(["ana@example.com", "bo@example.com", "cy@example.com"], definition.Recipients);
        Assert.Null(definition.Url);
        Assert.Equal(AlertSeverity.Warning, definition.MinSeverity);
    }

    [Fact]
    public void TheApisReasonForOneRecipientNamesTheAddressTypedAndAReasonForTheListStaysAsItIs()
    {
        var draft = new ChannelDraft { Type = AlertChannelType.Email, Recipients = "ana@example.com, not an address" };
        var refused = new ApiFailure(400, "The request is not valid.", new Dictionary<string, string[]> { ["recipients[1]"] = ["Must be an email address."], ["name"] = ["Required."] });
        var empty = new ApiFailure(400, "The request is not valid.", new Dictionary<string, string[]> { ["recipients"] = ["Required: 1-20 email addresses."] });

        Assert.Equal("not an address: Must be an email address.", draft.RecipientProblems(refused));
        Assert.Equal("Required: 1-20 email addresses.", draft.RecipientProblems(empty));
        Assert.Null(draft.RecipientProblems(null));
    }

    [Fact]
    public void AnAttemptSaysTheReceiversStatusOrWhyNothingAnsweredAndHowLongItTook()
    {
        var answered = new AlertDeliveryAttempt { Attempt = 2, Outcome = DeliveryOutcome.Delivered, HttpStatus = 200, DurationMs = 12.4 };
        var refused = new AlertDeliveryAttempt { Attempt = 1, Outcome = DeliveryOutcome.Retrying, Error = "connection refused", DurationMs = 3 };
        var untried = new AlertDeliveryAttempt { Attempt = 0, Outcome = DeliveryOutcome.Failed, Error = "no channel named ops" };

        Assert.Equal("HTTP 200 · 12 ms", DeliveryAttemptText.Answer(answered));
        Assert.Equal("try 2", DeliveryAttemptText.Number(answered));
        Assert.Equal("connection refused · 3 ms", DeliveryAttemptText.Answer(refused));
        Assert.Equal("failed, will retry", DeliveryAttemptText.Outcome(refused.Outcome));
        Assert.Equal(Color.Warning, DeliveryAttemptText.Colour(refused.Outcome));
        Assert.Equal("not tried", DeliveryAttemptText.Number(untried));
        Assert.Equal(Color.Error, DeliveryAttemptText.Colour(untried.Outcome));
    }
}
