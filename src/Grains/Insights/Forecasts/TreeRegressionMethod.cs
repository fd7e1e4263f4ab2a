using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Boosted regression trees (ML.NET FastTree) forecasting each day directly from lag and calendar features at the origin.</summary>
/// <remarks>
/// Direct, not recursive: one model takes the horizon as a feature, so a forecast never feeds on its own
/// predictions. It is trained on (origin, day) pairs of the days before the fit point, the horizons 1-14 and a few
/// longer ones (a tree scores any longer horizon as the longest it split on). The fit point is the start of the origin's
/// four-week block, so a rolling backtest refits once per four weeks of origins and no fit sees a day after the
/// origin it serves. Fixed seed, one thread, small trees: a 90-day forecast of a 400-day series, backtest
/// included, takes a few seconds. Until a block has enough pairs to learn from it answers seasonal naive.
/// </remarks>
public sealed class TreeRegressionMethod : IForecastMethod
{
    /// <summary>Origins share one fit per block of this many days.</summary>
    public const int RefitDays = 4 * HoltWinters.Period;

    private const int Seed = 16;
    private const int MinimumPairs = 60;
    private static readonly int[] TrainedHorizons = [.. Enumerable.Range(1, 14), 21, 28, 42, 56, 84];

    private readonly Dictionary<(ForecastHistory History, int Block), PredictionEngine<FeatureRow, ScoredRow>?> _fitted = [];

    public string Name => "fasttree-lags";

    public double[] Forecast(ForecastHistory history, int origin, int horizon)
    {
        var block = origin / RefitDays;
        if (!_fitted.TryGetValue((history, block), out var engine))
        {
            _fitted[(history, block)] = engine = Train(history, block * RefitDays);
        }

        var anchor = LagFeatures.Anchor(history, origin);
        if (engine is null || double.IsNaN(anchor))
        {
            return SeasonalNaive.Instance.Forecast(history, origin, horizon);
        }

        var forecast = new double[horizon];
        for (var h = 1; h <= horizon; h++)
        {
            var features = LagFeatures.Of(history, origin, origin + h - 1, anchor);
            forecast[h - 1] = anchor + engine.Predict(new FeatureRow { Features = features }).Score;
        }

        return forecast;
    }

    /// <summary>The trees fitted to every (origin, day) pair inside the first <paramref name="upTo"/> days; null when too few pairs.</summary>
    private static PredictionEngine<FeatureRow, ScoredRow>? Train(ForecastHistory history, int upTo)
    {
        var rows = Pairs(history, upTo).ToList();
        if (rows.Count < MinimumPairs)
        {
            return null;
        }

        var ml = new MLContext(Seed);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, LagFeatures.Width);
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 60,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            FeatureColumnName = nameof(FeatureRow.Features),
            LabelColumnName = nameof(FeatureRow.Label),
        });
        var model = trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema));
        return ml.Model.CreatePredictionEngine<FeatureRow, ScoredRow>(model, inputSchemaDefinition: schema);
    }

    /// <summary>Training pairs: each observed day inside the fit window, from origins two weeks in or later, with no rule change between.</summary>
    private static IEnumerable<FeatureRow> Pairs(ForecastHistory history, int upTo)
    {
        for (var origin = 2 * HoltWinters.Period; origin < upTo; origin++)
        {
            var anchor = LagFeatures.Anchor(history, origin);
            if (double.IsNaN(anchor))
            {
                continue;
            }

            foreach (var h in TrainedHorizons)
            {
                var target = origin + h - 1;
                if (target < upTo && !double.IsNaN(history.Values[target]) && !history.ChangedBetween(origin, target))
                {
                    yield return new FeatureRow { Features = LagFeatures.Of(history, origin, target, anchor), Label = (float)(history.Values[target] - anchor) };
                }
            }
        }
    }
}
