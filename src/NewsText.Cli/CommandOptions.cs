namespace NewsText.Cli;

/// <summary>A verb's arguments: positional values and <c>--name value</c> or <c>--flag</c> options.</summary>
internal sealed class CommandOptions
{
    private static readonly HashSet<string> Flags = ["--check", "--resume", "--details", "--attribution-only"];

    private readonly Dictionary<string, string?> _named = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CommandOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new CommandOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (Flags.Contains(arg))
                {
                    options._named[arg] = null;
                }
                else if (i + 1 < args.Length)
                {
                    options._named[arg] = args[++i];
                }
                else
                {
                    throw new UsageException($"{arg} needs a value");
                }
            }
            else
            {
                options.Positional.Add(arg);
            }
        }

        return options;
    }

    public bool Has(string name) => _named.ContainsKey(name);

    public string? Get(string name) => _named.GetValueOrDefault(name);

    public int GetInt(string name, int defaultValue, int min, int max)
    {
        string? value = Get(name);
        if (value is null)
        {
            return defaultValue;
        }

        return int.TryParse(value, out int n) && n >= min && n <= max
            ? n
            : throw new UsageException($"{name} takes a whole number from {min} to {max}");
    }

    public string Single(string what)
    {
        return Positional.Count == 1 ? Positional[0] : throw new UsageException($"expected one {what}");
    }
}
