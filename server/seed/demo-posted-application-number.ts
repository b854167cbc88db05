/**
 * The number of 张明's demo application that was handled and posted (a day long past and a sequence no daily
 * counter reaches): apart from its seeder, so end-to-end tests can name it without loading server code.
 */
export const demoPostedApplicationNumber = "HN20261120990001";
