using GrainMarketing.ApiHost.Analysis;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Errors;

namespace GrainMarketing.UnitTests.Analysis;

public sealed class AnalysisRunsQueryTests
{
    [Fact]
    public void AnAbsentLimitIsTheDefault()
    {
        var errors = new ValidationErrors();

        Assert.Equal(AnalysisRunsQuery.DefaultLimit, new AnalysisRunsQuery().Read(errors));
        Assert.Equal(AnalysisRunsQuery.MaxLimit, new AnalysisRunsQuery("100").Read(errors));
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void ALimitOverTheMaximumIsRefused()
    {
        var errors = new ValidationErrors();

        new AnalysisRunsQuery("101").Read(errors);

        Assert.Equal(["Must be a whole number from 1 to 100."], Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors["limit"]);
    }
}
