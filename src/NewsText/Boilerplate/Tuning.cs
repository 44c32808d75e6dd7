namespace NewsText.Boilerplate;

internal static class Tuning
{
    public static double T(string n, double d) => double.TryParse(Environment.GetEnvironmentVariable("NT_" + n), System.Globalization.CultureInfo.InvariantCulture, out double v) ? v : d;
}
