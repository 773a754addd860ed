// The pages anyone may open without signing in, besides the login page, as one lazy chunk: one request
// for either. (What they share with the login page stays in its chunk: vite.config.ts, chunkGroups.)
export { PublicPublicityPage } from '../../features/public-publicity/routes/public-publicity-page';
export { VerifyPage } from '../../features/review-form/routes/verify-page';
