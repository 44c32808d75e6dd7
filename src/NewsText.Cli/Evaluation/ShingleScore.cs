namespace NewsText.Cli.Evaluation;

/// <summary>
/// The article-extraction benchmark's body metric: both texts become <c>\w+</c> tokens, then 4-token shingles with
/// counts; true positives are the shared counts.
/// </summary>
internal static class ShingleScore
{
    private const int ShingleSize = 4;

    public static (int TruePositives, int FalsePositives, int FalseNegatives) Compare(string predicted, string truth)
    {
        Dictionary<string, int> predictedShingles = Shingles(predicted);
        Dictionary<string, int> truthShingles = Shingles(truth);
        int tp = 0;
        int predictedTotal = 0;
        foreach ((string shingle, int count) in predictedShingles)
        {
            predictedTotal += count;
            tp += Math.Min(count, truthShingles.GetValueOrDefault(shingle));
        }

        int truthTotal = 0;
        foreach (int count in truthShingles.Values)
        {
            truthTotal += count;
        }

        return (tp, predictedTotal - tp, truthTotal - tp);
    }

    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    // Python's \w: letters, digits and the underscore.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static Dictionary<string, int> Shingles(string text)
    {
        List<string> tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + ShingleSize <= tokens.Count; i++)
        {
            string key = string.Join('\u0001', tokens.GetRange(i, ShingleSize));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }
}
