namespace NewsText.Attribution;

/// <summary>
/// "…,” Trump shot back.", "…,” she went on.", "…,” the aide chimed in.": a common verb and its particle that report
/// a quotation together, though neither does alone ("went to Iowa", "shot a video").
/// </summary>
internal static class PhrasalCues
{
    private static readonly (string Verb, string Particle)[] Phrases =
    [
        ("went", "on"), ("goes", "on"), ("shot", "back"), ("fired", "back"), ("hit", "back"), ("pushed", "back"),
        ("chimed", "in"), ("cut", "in"), ("piped", "up"),
    ];

    /// <summary>Whether token <paramref name="k"/> and the one after it are such a phrase.</summary>
    public static bool StartsAt(string text, List<Token> tokens, int k, int end)
    {
        if (k + 1 >= end || !tokens[k].IsWord || !tokens[k + 1].IsWord)
        {
            return false;
        }

        foreach ((string verb, string particle) in Phrases)
        {
            if (tokens[k].Is(text, verb) && tokens[k + 1].Is(text, particle))
            {
                return true;
            }
        }

        return false;
    }
}
