using GrainMarketing.Dashboard.Insights;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GrainMarketing.DashboardTests.Insights;

public sealed class BudgetDraftTests
{
    [Fact]
    public void OnlyTheLimitsTypedGoIntoTheRequest()
    {
        var draft = new BudgetDraft { TotalDailyBudget = 250, Objective = "conversionValue" };
        draft.BoundsOf("meta:1").Min = 20;
        draft.BoundsOf("google:2");

        var request = draft.ToRequest();

        Assert.Equal((250.0, "conversionValue", null), (request.TotalDailyBudget!.Value, request.Objective, request.Constraints!.MaxChangePercent));
        var bounds = Assert.Single(request.Constraints.PerCampaign!.AdditionalData);
        Assert.Equal("meta:1", bounds.Key);
        var fields = ((UntypedObject)bounds.Value).GetValue();
        Assert.Equal(["min"], fields.Keys);
        Assert.Equal(20.0, ((UntypedDouble)fields["min"]).GetValue());
    }

    [Fact]
    public void WithoutLimitsThereAreNoConstraintsAndAFieldIsNamedAsTheApiNamesIt()
    {
        var draft = new BudgetDraft { TotalDailyBudget = 100 };
        draft.BoundsOf("meta:1");

        Assert.Null(draft.ToRequest().Constraints);
        Assert.Equal(50.0, new BudgetDraft { MaxChangePercent = 50 }.ToRequest().Constraints?.MaxChangePercent);
        Assert.Equal("constraints.perCampaign.meta:1.max", BudgetDraft.FieldOf("meta:1", "max"));
    }
}
