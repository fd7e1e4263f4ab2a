namespace GrainMarketing.Insights.Creatives;

/// <summary>A straight line fitted by weighted least squares, with its residual sum of squares and the slope's standard error.</summary>
public readonly record struct WeightedLine(double Intercept, double Slope, double ResidualSquares, double SlopeError)
{
    /// <summary>The line through (x, y) with weights w; null when x does not vary.</summary>
    public static WeightedLine? Fit(IReadOnlyList<(double X, double Y, double W)> points)
    {
        double sw = 0, sx = 0, sy = 0;
        foreach (var (x, y, w) in points)
        {
            sw += w;
            sx += w * x;
            sy += w * y;
        }

        var meanX = sx / sw;
        var meanY = sy / sw;
        double sxx = 0, sxy = 0;
        foreach (var (x, y, w) in points)
        {
            sxx += w * (x - meanX) * (x - meanX);
            sxy += w * (x - meanX) * (y - meanY);
        }

        if (sxx <= 0)
        {
            return null;
        }

        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        var rss = points.Sum(p => p.W * Math.Pow(p.Y - intercept - slope * p.X, 2));
        var error = points.Count > 2 ? Math.Sqrt(rss / (points.Count - 2) / sxx) : double.NaN;
        return new WeightedLine(intercept, slope, rss, error);
    }

    /// <summary>The weighted sum of squares of y about its weighted mean: the residuals of a flat line.</summary>
    public static double FlatResidualSquares(IReadOnlyList<(double X, double Y, double W)> points)
    {
        var mean = points.Sum(p => p.W * p.Y) / points.Sum(p => p.W);
        return points.Sum(p => p.W * Math.Pow(p.Y - mean, 2));
    }
}
