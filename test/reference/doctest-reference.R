# Reference values for the @example results of the doc comments in lib/stats/src (with columnar/),
# lib/audit/src and lib/compendium/src (checked by test/*/doctest.test.ts, conventions in test/helpers/doctest.ts).
# Every value is computed here from the definitions in base R, pwr and effectsize, not by the
# TypeScript library. Run from the repository root:
#   Rscript test/reference/doctest-reference.R > test/reference/doctest-reference.txt
# Output: one line per example, "function | R call | value" (12 significant digits).
suppressPackageStartupMessages({ library(pwr); library(effectsize); library(psych) })
out <- function(fn, call) {
  v <- suppressWarnings(eval(parse(text = call)))
  cat(sprintf("%s | %s | %s\n", fn, call, paste(if (is.logical(v)) as.character(v) else trimws(formatC(unname(v), digits = 12, format = "g")), collapse = ", ")))
}
alpha <- function(m) { k <- ncol(m); k / (k - 1) * (1 - sum(apply(m, 2, var)) / var(rowSums(m))) }
J <- function(df) exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))
x4 <- c(5, 4, 5, 4); y4 <- c(4, 4, 3, 3)
x5 <- c(5, 4, 5, 4, 3); y5 <- c(4, 4, 3, 3, 3)
dz <- function(x, y) mean(x - y) / sd(x - y)
dav <- function(x, y) mean(x - y) / ((sd(x) + sd(y)) / 2)
drm <- function(x, y) dz(x, y) * sqrt(2 * (1 - cor(x, y)))
# power of the paired t-test as pwr computes it, for the exact root of minimumDetectableEffect
pow <- function(d, n) { df <- n - 1; q <- qt(0.975, df); pt(q, df, ncp = sqrt(n) * d, lower.tail = FALSE) + pt(-q, df, ncp = sqrt(n) * d) }

cat(sprintf("# %s; pwr %s; effectsize %s; psych %s\n", R.version.string, packageVersion("pwr"), packageVersion("effectsize"), packageVersion("psych")))
# stats/adjust.ts
out("holm", 'p.adjust(c(0.01, 0.04, 0.03), "holm")')
out("benjaminiHochberg", 'p.adjust(c(0.01, 0.04, 0.03), "BH")')
# stats/bootstrap.ts (the estimate t0 is the statistic on the full sample)
out("bootstrap", "mean(c(3, 4, 4, 5, 5, 5, 6))")
# stats/correlation.ts
out("pearson", "cor(c(1, 2, 3, 4, 5), c(2, 1, 4, 3, 5))")
out("averageRanks", "rank(c(10, 20, 20, 30))")
out("spearman", 'cor(c(1, 2, 2, 3), c(1, 3, 2, 4), method = "spearman")')
# stats/descriptives.ts
out("descriptives", "c(mean = mean(c(1, 2, 2, 3)), sd = sd(c(1, 2, 2, 3)), quantile(c(1, 2, 2, 3), c(0.25, 0.5, 0.75), type = 7))")
out("mean", "mean(c(1, 2, 6))")
out("sampleSd", "sd(c(2, 4, 4, 4, 5, 5, 7, 9))")
# stats/distributions.ts
out("normalCdf", "pnorm(1.959963984540054)")
out("normalQuantile", "qnorm(0.975)")
out("tCdf", "pt(2.0085591121007611, 50)")
out("tQuantile", "qt(0.975, 50)")
out("tPValue", "2 * pt(-2.5, 10)")
out("zPValue", "2 * pnorm(-1.959963984540054)")
out("chiSquareCdf", "pchisq(3.841458820694124, 1, lower.tail = FALSE)")
out("fCdf", "pf(4.964602743730712, 1, 10, lower.tail = FALSE)")
out("fQuantile", "qf(0.975, 50, 400)")
out("noncentralTCdf", "pt(2, 10, ncp = 1)")
out("noncentralityForCdf", "uniroot(function(l) pt(2.5, 20, ncp = l) - 0.975, c(-10, 10), tol = 1e-14)$root")
# stats/effect-size.ts
out("hedgesCorrection", "exp(lgamma(50 / 2) - log(sqrt(50 / 2)) - lgamma((50 - 1) / 2))")
out("cohensDz", "mean(x4 - y4) / sd(x4 - y4)")
out("cohensDz", "effectsize::cohens_d(x4, y4, paired = TRUE)$Cohens_d")
out("cohensDav", "mean(x4 - y4) / ((sd(x4) + sd(y4)) / 2)")
out("cohensDrm", "dz(x4, y4) * sqrt(2 * (1 - cor(x4, y4)))")
out("hedgesGz", "J(length(x5) - 1) * dz(x5, y5)")
out("hedgesGav", "J(length(x5) - 1) * dav(x5, y5)")
out("hedgesGrm", "J(length(x5) - 1) * drm(x5, y5)")
# stats/power.ts
out("pairedTTestPower", 'pwr::pwr.t.test(n = 51, d = 0.4, type = "paired")$power')
out("minimumDetectableEffect", 'pwr::pwr.t.test(n = 51, power = 0.8, type = "paired")$d')
out("minimumDetectableEffect", "uniroot(function(d) pow(d, 51) - 0.8, c(0.1, 1), tol = 1e-14)$root")
# stats/reliability.ts
out("cronbachAlpha", "alpha(cbind(c(1, 2, 3, 4), c(2, 2, 4, 5), c(1, 3, 3, 5)))")
out("cronbachAlpha", "psych::alpha(cbind(c(1, 2, 3, 4), c(2, 2, 4, 5), c(1, 3, 3, 5)), warnings = FALSE)$total$raw_alpha")
# stats/ttest.ts
out("pairedTTest", "t.test(x4, y4, paired = TRUE)$statistic")
# stats/wilcoxon.ts
out("wilcoxonSignedRank", "suppressWarnings(wilcox.test(c(5, 4, 5, 4, 5), c(4, 4, 3, 3, 1), paired = TRUE))$statistic")
# scale/
out("columnarAlpha", "alpha(cbind(c(1, 2, 3, 4), c(2, 2, 4, 5), c(1, 3, 3, 5)))")
out("columnarPaired", "mean(x4 - y4) / ((sd(x4) + sd(y4)) / 2)")
out("columnarCorrelations", "cor(c(1, 2, 3, 4, 5), c(2, 1, 4, 3, 5))")
out("columnarScores", "rowMeans(cbind(c(4, 5, NA), c(2, 5, 3)), na.rm = TRUE)")
# audit/
out("recomputeP", "2 * pt(-2.2, 28)")
out("checkPValue", "2 * pt(-1.02, 48)")
out("checkPairedEffectSize", "c(t = 0.25 * sqrt(51), p = 2 * pt(-0.25 * sqrt(51), 50))")
out("checkPValue", 'unlist(suppressMessages(statcheck::statcheck("t(48) = 1.02, p < .05", messages = FALSE))[c("computed_p", "error", "decision_error")])')
# GRIM by hand (half-up rounding to 2 decimals): is some whole-number total k/n reported as 5.19?
out("checkGrim", "any(abs(floor((0:1000) / 28 * 100 + 0.5) / 100 - 5.19) < 1e-9)")
out("checkGrim", "any(abs(floor((0:1000) / 32 * 100 + 0.5) / 100 - 5.19) < 1e-9)")
# compendium/analysis and compendium/views: the shipped data read with base R
resp <- rbind(read.csv("data/raw/respondents-2019-20.csv", check.names = FALSE), read.csv("data/raw/respondents-2020-21.csv", check.names = FALSE))
coding <- rbind(read.csv("data/raw/coding-2019-20.csv"), read.csv("data/raw/coding-2020-21.csv"))
fg <- read.csv("data/raw/focusgroups-2019-20.csv")
cl <- function(name, tp) resp[, grep(sprintf("^%s_[0-9]+_%s$", name, tp), names(resp))]
score <- function(name, tp) rowMeans(cl(name, tp))
pre <- function(name) score(name, "pre"); post <- function(name) score(name, "post")
out("correlate", 'cor(post("werkplezier"), post("autonomie"))')
out("correlate", 'cor(post("werkplezier"), post("autonomie"), method = "spearman")')
out("articleCorrelations", 'cor(resp$ontwikkelmogelijkheden_post, post("werkplezier"))')
out("reliabilityByCluster", 'psych::alpha(cl("werkplezier", "pre"), warnings = FALSE)$total$raw_alpha')
out("reliabilityByCluster", 'psych::alpha(cl("waardering", "post"), warnings = FALSE)$total$raw_alpha')
out("describeSample", "c(mean(resp$experience_years), sd(resp$experience_years))")
out("countTable2", 'table(coding$question)[c("self", "teachers")]')
out("summarizeFocusGroups", "c(length(unique(paste(fg$group, fg$participant))), nrow(fg))")
out("robustness", 'unname(suppressWarnings(wilcox.test(post("werkplezier"), pre("werkplezier"), paired = TRUE, digits.rank = 7))$statistic)')
out("robustness", 'p.adjust(sapply(c("werkplezier", "werkdruk", "self-efficacy", "autonomie", "waardering"), function(c) t.test(post(c), pre(c), paired = TRUE)$p.value), "holm")[1]')
out("leaveOneOutMoments", "c(mean(c(2, 3, 4)), sd(c(2, 3, 4)))")
out("table3Table", 'c(mean(pre("werkplezier")), sd(pre("werkplezier")), mean(post("werkplezier")), sd(post("werkplezier")))')
out("table3Table", 'unname(t.test(post("werkplezier"), pre("werkplezier"), paired = TRUE)$statistic)')
out("table3Table", 'dav(post("werkplezier"), pre("werkplezier"))')
out("effectVariantsTable", 'c(dz(post("waardering"), pre("waardering")), dav(post("waardering"), pre("waardering")), drm(post("waardering"), pre("waardering")))')
out("reliabilityTable", 'unlist(psych::alpha.ci(psych::alpha(cl("werkplezier", "pre"), warnings = FALSE)$total$raw_alpha, 51, n.var = 3, digits = 12)[c("lower.ci", "upper.ci")])')
out("correlationTable", 'c(cor.test(post("werkplezier"), post("autonomie"))$conf.int, cor.test(post("werkplezier"), post("autonomie"))$statistic)')
out("correlationFigures", 'coef(lm(post("werkplezier") ~ post("autonomie")))')
# compendium/reconstruct/ensemble.ts
out("quantileSorted7", "quantile(c(3, 1, 4, 1, 5, 9, 2, 6), c(0.5, 0.975), type = 7)")
