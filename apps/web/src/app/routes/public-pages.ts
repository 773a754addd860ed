// The pages anyone may open without signing in, besides the login page, as one lazy chunk: each
// lazy chunk of its own re-cuts the modules the login page shares with it into more files, and the
// login bundle grows with every file's overhead (the 250 kB budget).
export { PublicPublicityPage } from '../../features/public-publicity/routes/public-publicity-page';
export { VerifyPage } from '../../features/review-form/routes/verify-page';
