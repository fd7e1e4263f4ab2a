using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Errors;

namespace GrainMarketing.UnitTests.Hosting;

public sealed class RunsQueryTests
{
    [Fact]
    public void AnAbsentLimitIsTheDefault()
    {
        var errors = new ValidationErrors();

        Assert.Equal(RunsQuery.DefaultLimit, new RunsQuery().Read(errors));
        Assert.Equal(RunsQuery.MaxLimit, new RunsQuery("100").Read(errors));
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void ALimitOverTheMaximumIsRefused()
    {
        var errors = new ValidationErrors();

        new RunsQuery("101").Read(errors);

        Assert.Equal(["Must be a whole number from 1 to 100."], Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors["limit"]);
    }
}
