/**
 * Given names and surnames that are common somewhere in the world. A name made only of
 * these (after the phonetic key, so "Mohamed"/"Muhammad" are all covered by one) is not
 * enough evidence on its own to call a person sanctioned: "John Smith", "Mohammed Ali",
 * "David Lee" and "Kim" match nothing. Generic population lists, not a list of listed people.
 */
export const COMMON_GIVEN_NAMES = `
john james robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry
nathan douglas peter kyle walter harold carl arthur roger keith jeremy terry lawrence sean
christian albert joe ethan austin willie jesse billy bruce bryan jordan ralph roy noah dylan
eugene wayne alan juan louis russell gabriel randy philip harry vincent bobby johnny logan
martin tony ian colin neil simon chris mike tom jim bob bill dan ben sam nick alex max
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah
stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann anne jean alice julia grace
mohammed ahmed ali omar hassan hussein abdullah abdul ibrahim yusuf youssef khalid mahmoud
mustafa ismail hamza bilal tariq karim salim said saleh khaled walid nasser faisal fahd sultan
jamal kamal adel amir amin anwar rashid hamid majid samir sami nabil fadi ziad imad hani
abu abd abdel abdulla abdallah muhammad hasan husain fatima aisha zainab mariam khadija
layla noor nour huda amina salma yasmin sara leila hussain yasin yasser haji mullah sheikh
juan jose luis carlos jorge miguel pedro manuel francisco antonio jesus javier fernando
alejandro rafael ricardo roberto eduardo sergio raul mario oscar hector ruben enrique pablo
diego andres alberto arturo victor julio cesar ramon guillermo gustavo alfredo felipe
rosa carmen ana lucia isabel elena sofia patricia marta teresa pilar
vladimir sergei sergey aleksandr alexandr alexei aleksei andrei andrey dmitri dmitry mikhail
nikolai nikolay ivan igor oleg viktor pavel evgeny yevgeny yuri yury boris gennady valery
anatoly vyacheslav konstantin maksim maxim roman denis artem ilya kirill stanislav vadim
olga tatiana natalia irina svetlana yelena ekaterina marina galina ludmila nadezhda
hans peter klaus jurgen wolfgang michael stefan thomas andreas frank uwe dieter
jean pierre michel philippe alain jacques francois nicolas bernard eric olivier
giuseppe giovanni marco luca paolo francesco andrea stefano alessandro roberto
li wei ming jian hui ying jun hong yan xin yu hao jie lei tao bo feng
young sung jung jae hyun min seung ho soo jin hee kyung chul yong kwang il nam chol
mehmet mustafa ahmet hasan huseyin ali ibrahim murat
`;

export const COMMON_SURNAMES = `
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez
gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white harris
sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill
flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips
evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers
gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson
watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo
sanders patel myers long ross foster jimenez powell jenkins perry russell sullivan bell
coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan patterson
alexander hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera
gibson ellis tran medina aguilar stevens murray ford castro marshall owens harrison fernandez
mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman burns
crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt
hicks holmes palmer wagner black robertson boyd rose stone salazar fox warren mills meyer
rice schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne grant
dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos hart bradley knight
elliott cunningham duncan armstrong hudson carroll lane riley andrews alvarado ray delgado
berry perkins hoffman johnston matthews pena richards contreras willis carpenter lawrence
sandoval guerrero george chapman rios estrada ortega watkins greene nunez wheeler valdez
harper burke larson santiago maldonado morrison franklin carlson austin dominguez carr
lawson jacobs obrien lynch singh vega bishop montgomery oliver jensen harvey williamson
gilbert dean sims espinoza howell li wang zhang liu yang huang zhao wu zhou xu sun ma zhu
hu guo he lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong
pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jiang cui zhong tan
park pak choi choe jung jong chong kang cho jo yoon yun jang chang lim im shin sin ri rim
yoo ryu hwang ahn song hong jeon ko moon mun son yang bae baek heo nam
ali ahmed ahmad mohamed muhammad hassan hussein ibrahim khalil mahmoud mustafa abdullah
saleh salem khan rahman hamad hamid hussain shah malik qureshi sheikh siddiqui mirza
chaudhry butt awan iqbal aziz karim rashid nasser said saeed omar osman othman yousef
youssef ismail abbas jaber haddad khoury nasr mansour habib hamdan suleiman sulaiman
issa musa moussa yahya zaki farouk amin hakim kareem latif majeed qasim kassem jafari
hosseini mohammadi rezaei ahmadi moradi karimi rahimi hashemi mousavi sadeghi ghasemi
yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic
ivanov smirnov kuznetsov popov vasiliev vasilyev petrov sokolov mikhailov novikov fedorov
morozov volkov alekseev lebedev semenov egorov pavlov kozlov stepanov nikolaev orlov
andreev makarov nikitin zakharov zaitsev solovyov borisov yakovlev grigoriev romanov
vorobyov sergeev frolov alexandrov dmitriev korolev gusev kiselev ilyin maksimov polyakov
sorokin vinogradov kovalev belov medvedev antonov tarasov zhukov baranov filippov komarov
davydov belyaev gerasimov bogdanov osipov sidorov matveev titov markov mironov krylov
kulikov karpov vlasov melnikov denisov gavrilov tikhonov kazakov afanasyev danilov
savelyev timofeev fomin chernov abramov martynov efimov fedotov shcherbakov nazarov
kalinin isaev chernyshev bykov maslov rodionov konovalov lazarev voronin klimov filatov
ponomarev golubev kudryavtsev prokhorov naumov potapov zhuravlev ovchinnikov trofimov
kovalenko bondarenko tkachenko kravchenko shevchenko boyko melnyk oliynyk lysenko
muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter
klein wolf schroder neumann schwarz zimmermann braun kruger hartmann lange werner
martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo
silva santos oliveira souza sousa rodrigues ferreira alves pereira lima gomes costa
ribeiro martins carvalho almeida lopes soares fernandes vieira barbosa rocha dias
nguyen tran le pham hoang phan vu dang bui do ho ngo duong
singh kumar sharma gupta patel shah mehta joshi reddy rao das iyer nair
tanaka suzuki sato takahashi watanabe ito yamamoto nakamura kobayashi kato
`;
