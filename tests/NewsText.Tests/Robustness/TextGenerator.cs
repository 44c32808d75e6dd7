using System.Text;

namespace NewsText.Tests.Robustness;

/// <summary>Seeded generators of hostile text: random characters from awkward alphabets, and mutated articles.</summary>
internal sealed class TextGenerator(int seed)
{
    private static readonly string[] Alphabets =
    [
        "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ.,;:!?'-\n",
        "“”\"‘’«»„「」 said Trump —–-:\n\n",
        "\r\n\t \u00A0\u200B\uFEFF\u2028\u2029",
        "אבגדהוזחטיכלמנ שלום عربي مرحبا ",
        "中文新闻报道。日本語のテキスト、한국어 기사 ",
        "By Jane Doe | Staff Writer November 19, 2019 at 4:02 pm Share Comments (3) © 2019 ",
        "\uD83D\uDE00\uD83D\uDCF0\uD800\uDC00",
    ];

    private readonly Random _random = new(seed);

    public string RandomText(int maxLength)
    {
        int length = _random.Next(maxLength + 1);
        var builder = new StringBuilder(length);
        string alphabet = Alphabets[_random.Next(Alphabets.Length)];
        while (builder.Length < length)
        {
            if (_random.Next(20) == 0)
            {
                alphabet = Alphabets[_random.Next(Alphabets.Length)];
            }

            // Now and then a lone surrogate, which no decoder would produce but a string can hold.
            builder.Append(_random.Next(200) == 0 ? (char)_random.Next(0xD800, 0xE000) : alphabet[_random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    public string Mutate(string article)
    {
        var lines = article.Split('\n').ToList();
        int mutations = _random.Next(1, 12);
        for (int i = 0; i < mutations && lines.Count > 0; i++)
        {
            int at = _random.Next(lines.Count);
            switch (_random.Next(6))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[_random.Next(lines.Count)]);
                    break;
                case 2:
                    lines.Insert(at, RandomText(80));
                    break;
                case 3:
                    lines[at] = lines[at].Length > 2 ? lines[at][.._random.Next(lines[at].Length)] : lines[at];
                    break;
                case 4:
                    lines[at] = lines[at].Replace('”', '"').Replace("“", "\"\"", StringComparison.Ordinal);
                    break;
                default:
                    (lines[at], lines[0]) = (lines[0], lines[at]);
                    break;
            }
        }

        return string.Join(_random.Next(3) == 0 ? "\r\n" : "\n", lines);
    }
}
