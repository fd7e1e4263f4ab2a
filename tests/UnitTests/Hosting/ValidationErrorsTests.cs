using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Errors;

namespace GrainMarketing.UnitTests.Hosting;

public sealed class ValidationErrorsTests
{
    [Fact]
    public void NothingIsThrownWhileNoFieldIsRefused()
    {
        var errors = new ValidationErrors();

        errors.ThrowIfAny();

        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void ThrowIfAnyNamesEveryRefusedFieldWithItsReason()
    {
        var errors = new ValidationErrors();
        errors.Add("page", "Must be 1 or more.");
        errors.Add("sort", "Must be one of spend.");

        var thrown = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors;

        Assert.Equal(["page", "sort"], thrown.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Must be 1 or more."], thrown["page"]);
    }

    [Fact]
    public void AddReplacesTheEarlierReasonOfTheSameField()
    {
        var errors = new ValidationErrors();
        errors.Add("to", "Required.");
        errors.Add("to", "Must be after from.");

        Assert.Equal(["Must be after from."], Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors["to"]);
    }

    [Fact]
    public void AppendKeepsTheReasonsAFieldAlreadyHas()
    {
        var errors = new ValidationErrors();
        errors.Add("to", "Must not be after today.");
        errors.Append(new Dictionary<string, string[]> { ["to"] = ["Too long a range."], ["from"] = ["Required."] });

        var thrown = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors;

        Assert.Equal(["Must not be after today.", "Too long a range."], thrown["to"]);
        Assert.Equal(["Required."], thrown["from"]);
    }

    [Fact]
    public void AddMissingLeavesFieldsThatAlreadyHaveAReason()
    {
        var errors = new ValidationErrors();
        errors.Add("type", "Required.");
        errors.AddMissing(new Dictionary<string, string[]> { ["type"] = ["Unknown."], ["name"] = ["Required."] });

        var thrown = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors;

        Assert.Equal(["Required."], thrown["type"]);
        Assert.Equal(["Required."], thrown["name"]);
    }

    [Fact]
    public void FromStartsWithTheCheckersReasonsAndRemoveWithdrawsOne()
    {
        var errors = ValidationErrors.From(new Dictionary<string, string[]> { ["a"] = ["x"], ["b"] = ["y"] });
        errors.Remove("a");

        Assert.Equal(1, errors.Count);
        Assert.False(errors.Contains("a"));
        Assert.Equal(["b"], errors.Fields);
    }

    [Fact]
    public void RefusalNamesOneField()
    {
        var refusal = ValidationErrors.Refusal("window", "Must be 15m.");

        Assert.Equal(["Must be 15m."], Assert.Single(refusal.Errors, e => e.Key == "window").Value);
        Assert.Single(refusal.Errors);
    }
}
